// kernel k236b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1157: array<f32>;
@group(0) @binding(2) var<storage, read> t1100: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1161: array<f32>;
@group(0) @binding(4) var<storage, read> t946: array<f32>;
@group(0) @binding(5) var<storage, read> t1091: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1239: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x1157: f32 = t1157[i];
    let l1159: f32 = t1100[0i];
    let v1160: f32 = x1157 * l1159;
    let v1161: f32 = l1 - v1160;
    t1161[i] = v1161;
    let l946: f32 = t946[i];
    let l1136: f32 = t1091[0i];
    let v1239: f32 = l946 * l1136;
    t1239[i] = v1239;
  }
}
