// kernel k157m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t458: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1271: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1275: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1278: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1267: f32 = p_optim_m_blocks_1_attn_wk_w[i];
  let v1269: f32 = l1267 * 0.9f;
  let l458: f32 = t458[i];
  let l852: f32 = t808[0i];
  let v1266: f32 = l458 * l852;
  let v1270: f32 = v1266 * 0.1f;
  let v1271: f32 = v1269 + v1270;
  t1271[i] = v1271;
  let l1268: f32 = p_optim_v_blocks_1_attn_wk_w[i];
  let v1272: f32 = l1268 * 0.95f;
  let v1273: f32 = v1266 * v1266;
  let v1274: f32 = v1273 * 0.05f;
  let v1275: f32 = v1272 + v1274;
  t1275[i] = v1275;
  let v1276: f32 = sqrt(v1275);
  let l868: f32 = t818[0i];
  let v1277: f32 = v1276 / l868;
  let v1278: f32 = v1277 + 1e-8f;
  t1278[i] = v1278;
}
