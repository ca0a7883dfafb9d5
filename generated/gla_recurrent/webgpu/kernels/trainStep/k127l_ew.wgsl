// kernel k127l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1262: array<f32>;
@group(0) @binding(3) var<storage, read> t1269: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1273: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_layers_1_mlp_w3_w[i];
  let l975: f32 = t701[0i];
  let v1270: f32 = l30 * l975;
  let x1262: f32 = t1262[i];
  let x1269: f32 = t1269[i];
  let v1271: f32 = x1262 / x1269;
  let l978: f32 = t675[0i];
  let v1272: f32 = v1271 * l978;
  let v1273: f32 = v1270 - v1272;
  t1273[i] = v1273;
}
