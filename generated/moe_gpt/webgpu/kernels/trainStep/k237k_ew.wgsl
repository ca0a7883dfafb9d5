// kernel k237k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t942: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1461: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1465: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1468: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1457: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1459: f32 = l1457 * 0.9f;
  let l942: f32 = t942[i];
  let l1162: f32 = t1091[0i];
  let v1456: f32 = l942 * l1162;
  let v1460: f32 = v1456 * 0.1f;
  let v1461: f32 = v1459 + v1460;
  t1461[i] = v1461;
  let l1458: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1462: f32 = l1458 * 0.95f;
  let v1463: f32 = v1456 * v1456;
  let v1464: f32 = v1463 * 0.05f;
  let v1465: f32 = v1462 + v1464;
  t1465[i] = v1465;
  let v1466: f32 = sqrt(v1465);
  let l1178: f32 = t1101[0i];
  let v1467: f32 = v1466 / l1178;
  let v1468: f32 = v1467 + 1e-8f;
  t1468[i] = v1468;
}
