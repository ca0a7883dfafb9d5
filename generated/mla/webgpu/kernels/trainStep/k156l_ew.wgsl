// kernel k156l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1288: array<f32>;
@group(0) @binding(3) var<storage, read> t1295: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1299: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_layers_1_mlp_w3_w[i];
  let l1051: f32 = t801[0i];
  let v1296: f32 = l24 * l1051;
  let x1288: f32 = t1288[i];
  let x1295: f32 = t1295[i];
  let v1297: f32 = x1288 / x1295;
  let l1054: f32 = t775[0i];
  let v1298: f32 = v1297 * l1054;
  let v1299: f32 = v1296 - v1298;
  t1299[i] = v1299;
}
