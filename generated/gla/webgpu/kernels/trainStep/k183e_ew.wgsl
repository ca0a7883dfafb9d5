// kernel k183e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t553: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1236: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1240: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1243: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1232: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v1234: f32 = l1232 * 0.9f;
  let l553: f32 = t553[i];
  let l1179: f32 = t890[0i];
  let v1231: f32 = l553 * l1179;
  let v1235: f32 = v1231 * 0.1f;
  let v1236: f32 = v1234 + v1235;
  t1236[i] = v1236;
  let l1233: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v1237: f32 = l1233 * 0.95f;
  let v1238: f32 = v1231 * v1231;
  let v1239: f32 = v1238 * 0.05f;
  let v1240: f32 = v1237 + v1239;
  t1240[i] = v1240;
  let v1241: f32 = sqrt(v1240);
  let l1195: f32 = t900[0i];
  let v1242: f32 = v1241 / l1195;
  let v1243: f32 = v1242 + 1e-8f;
  t1243[i] = v1243;
}
