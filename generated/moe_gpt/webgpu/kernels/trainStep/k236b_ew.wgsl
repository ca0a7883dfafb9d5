// kernel k236b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1177: array<f32>;
@group(0) @binding(2) var<storage, read> t1120: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1181: array<f32>;
@group(0) @binding(4) var<storage, read> t966: array<f32>;
@group(0) @binding(5) var<storage, read> t1111: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1259: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x1177: f32 = t1177[i];
    let l1179: f32 = t1120[0i];
    let v1180: f32 = x1177 * l1179;
    let v1181: f32 = l1 - v1180;
    t1181[i] = v1181;
    let l966: f32 = t966[i];
    let l1156: f32 = t1111[0i];
    let v1259: f32 = l966 * l1156;
    t1259[i] = v1259;
  }
}
