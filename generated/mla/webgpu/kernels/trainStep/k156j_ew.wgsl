// kernel k156j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1261: array<f32>;
@group(0) @binding(3) var<storage, read> t1268: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1272: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_layers_1_mlp_w2_w[i];
  let l1067: f32 = t791[0i];
  let v1269: f32 = l23 * l1067;
  let x1261: f32 = t1261[i];
  let x1268: f32 = t1268[i];
  let v1270: f32 = x1261 / x1268;
  let l1070: f32 = t765[0i];
  let v1271: f32 = v1270 * l1070;
  let v1272: f32 = v1269 - v1271;
  t1272[i] = v1272;
}
