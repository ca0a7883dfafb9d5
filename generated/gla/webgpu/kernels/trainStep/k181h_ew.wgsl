// kernel k181h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1287: array<f32>;
@group(0) @binding(3) var<storage, read> t1294: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1298: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_layers_1_attn_wa2_w[i];
  let l1017: f32 = t875[0i];
  let v1295: f32 = l21 * l1017;
  let x1287: f32 = t1287[i];
  let x1294: f32 = t1294[i];
  let v1296: f32 = x1287 / x1294;
  let l1020: f32 = t849[0i];
  let v1297: f32 = v1296 * l1020;
  let v1298: f32 = v1295 - v1297;
  t1298[i] = v1298;
}
