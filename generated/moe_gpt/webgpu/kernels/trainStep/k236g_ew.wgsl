// kernel k236g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1520: array<f32>;
@group(0) @binding(2) var<storage, read> t1100: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1522: array<f32>;
@group(0) @binding(4) var<storage, read> t416: array<f32>;
@group(0) @binding(5) var<storage, read> t1091: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1642: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l20: f32 = p_layers_1_moe_norm_g[i];
    let x1520: f32 = t1520[i];
    let l1159: f32 = t1100[0i];
    let v1521: f32 = x1520 * l1159;
    let v1522: f32 = l20 - v1521;
    t1522[i] = v1522;
    let l417: f32 = t416[i];
    let l1136: f32 = t1091[0i];
    let v1642: f32 = l417 * l1136;
    t1642[i] = v1642;
  }
}
