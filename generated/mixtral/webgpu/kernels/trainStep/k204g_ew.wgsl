// kernel k204g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t863: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1316: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1320: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1323: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1312: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1314: f32 = l1312 * 0.9f;
  let l863: f32 = t863[i];
  let l1086: f32 = t989[0i];
  let v1311: f32 = l863 * l1086;
  let v1315: f32 = v1311 * 0.1f;
  let v1316: f32 = v1314 + v1315;
  t1316[i] = v1316;
  let l1313: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1317: f32 = l1313 * 0.95f;
  let v1318: f32 = v1311 * v1311;
  let v1319: f32 = v1318 * 0.05f;
  let v1320: f32 = v1317 + v1319;
  t1320[i] = v1320;
  let v1321: f32 = sqrt(v1320);
  let l1102: f32 = t999[0i];
  let v1322: f32 = v1321 / l1102;
  let v1323: f32 = v1322 + 1e-8f;
  t1323[i] = v1323;
}
