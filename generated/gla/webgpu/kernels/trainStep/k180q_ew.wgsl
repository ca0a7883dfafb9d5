// kernel k180q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t385: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1320: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1324: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1316: f32 = p_optim_m_layers_1_attn_wr_w[i];
  let v1318: f32 = l1316 * 0.9f;
  let l385: f32 = t385[i];
  let l911: f32 = t840[0i];
  let v1315: f32 = l385 * l911;
  let v1319: f32 = v1315 * 0.1f;
  let v1320: f32 = v1318 + v1319;
  t1320[i] = v1320;
  let l1317: f32 = p_optim_v_layers_1_attn_wr_w[i];
  let v1321: f32 = l1317 * 0.95f;
  let v1322: f32 = v1315 * v1315;
  let v1323: f32 = v1322 * 0.05f;
  let v1324: f32 = v1321 + v1323;
  t1324[i] = v1324;
  let v1325: f32 = sqrt(v1324);
  let l927: f32 = t850[0i];
  let v1326: f32 = v1325 / l927;
  let v1327: f32 = v1326 + 1e-8f;
  t1327[i] = v1327;
}
