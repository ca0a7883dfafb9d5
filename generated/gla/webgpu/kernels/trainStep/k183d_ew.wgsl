// kernel k183d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1163: array<f32>;
@group(0) @binding(3) var<storage, read> t1174: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_mlp_w2_w[i];
  let l1175: f32 = t875[0i];
  let v1176: f32 = l14 * l1175;
  let x1163: f32 = t1163[i];
  let x1174: f32 = t1174[i];
  let v1177: f32 = x1163 / x1174;
  let l1178: f32 = t849[0i];
  let v1179: f32 = v1177 * l1178;
  let v1180: f32 = v1176 - v1179;
  t1180[i] = v1180;
}
