// kernel k237i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t963: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1464: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1468: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1471: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1460: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1462: f32 = l1460 * 0.9f;
  let l963: f32 = t963[i];
  let l1182: f32 = t1111[0i];
  let v1459: f32 = l963 * l1182;
  let v1463: f32 = v1459 * 0.1f;
  let v1464: f32 = v1462 + v1463;
  t1464[i] = v1464;
  let l1461: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1465: f32 = l1461 * 0.95f;
  let v1466: f32 = v1459 * v1459;
  let v1467: f32 = v1466 * 0.05f;
  let v1468: f32 = v1465 + v1467;
  t1468[i] = v1468;
  let v1469: f32 = sqrt(v1468);
  let l1198: f32 = t1121[0i];
  let v1470: f32 = v1469 / l1198;
  let v1471: f32 = v1470 + 1e-8f;
  t1471[i] = v1471;
}
