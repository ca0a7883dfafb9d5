// kernel k181e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t477: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1270: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1274: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1277: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1266: f32 = p_optim_m_layers_1_attn_wa1_w[i];
  let v1268: f32 = l1266 * 0.9f;
  let l477: f32 = t477[i];
  let l971: f32 = t840[0i];
  let v1265: f32 = l477 * l971;
  let v1269: f32 = v1265 * 0.1f;
  let v1270: f32 = v1268 + v1269;
  t1270[i] = v1270;
  let l1267: f32 = p_optim_v_layers_1_attn_wa1_w[i];
  let v1271: f32 = l1267 * 0.95f;
  let v1272: f32 = v1265 * v1265;
  let v1273: f32 = v1272 * 0.05f;
  let v1274: f32 = v1271 + v1273;
  t1274[i] = v1274;
  let v1275: f32 = sqrt(v1274);
  let l987: f32 = t850[0i];
  let v1276: f32 = v1275 / l987;
  let v1277: f32 = v1276 + 1e-8f;
  t1277[i] = v1277;
}
