// kernel k183k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t364: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1486: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1490: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1493: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1482: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v1484: f32 = l1482 * 0.9f;
  let l364: f32 = t364[i];
  let l1179: f32 = t890[0i];
  let v1481: f32 = l364 * l1179;
  let v1485: f32 = v1481 * 0.1f;
  let v1486: f32 = v1484 + v1485;
  t1486[i] = v1486;
  let l1483: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1487: f32 = l1483 * 0.95f;
  let v1488: f32 = v1481 * v1481;
  let v1489: f32 = v1488 * 0.05f;
  let v1490: f32 = v1487 + v1489;
  t1490[i] = v1490;
  let v1491: f32 = sqrt(v1490);
  let l1195: f32 = t900[0i];
  let v1492: f32 = v1491 / l1195;
  let v1493: f32 = v1492 + 1e-8f;
  t1493[i] = v1493;
}
