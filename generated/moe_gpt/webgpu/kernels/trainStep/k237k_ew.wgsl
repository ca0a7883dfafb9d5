// kernel k237k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t962: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1481: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1485: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1488: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1477: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1479: f32 = l1477 * 0.9f;
  let l962: f32 = t962[i];
  let l1182: f32 = t1111[0i];
  let v1476: f32 = l962 * l1182;
  let v1480: f32 = v1476 * 0.1f;
  let v1481: f32 = v1479 + v1480;
  t1481[i] = v1481;
  let l1478: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1482: f32 = l1478 * 0.95f;
  let v1483: f32 = v1476 * v1476;
  let v1484: f32 = v1483 * 0.05f;
  let v1485: f32 = v1482 + v1484;
  t1485[i] = v1485;
  let v1486: f32 = sqrt(v1485);
  let l1198: f32 = t1121[0i];
  let v1487: f32 = v1486 / l1198;
  let v1488: f32 = v1487 + 1e-8f;
  t1488[i] = v1488;
}
