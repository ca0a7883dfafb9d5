// kernel k237m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t941: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1478: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1482: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1485: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1474: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1476: f32 = l1474 * 0.9f;
  let l941: f32 = t941[i];
  let l1162: f32 = t1091[0i];
  let v1473: f32 = l941 * l1162;
  let v1477: f32 = v1473 * 0.1f;
  let v1478: f32 = v1476 + v1477;
  t1478[i] = v1478;
  let l1475: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1479: f32 = l1475 * 0.95f;
  let v1480: f32 = v1473 * v1473;
  let v1481: f32 = v1480 * 0.05f;
  let v1482: f32 = v1479 + v1481;
  t1482[i] = v1482;
  let v1483: f32 = sqrt(v1482);
  let l1178: f32 = t1101[0i];
  let v1484: f32 = v1483 / l1178;
  let v1485: f32 = v1484 + 1e-8f;
  t1485[i] = v1485;
}
