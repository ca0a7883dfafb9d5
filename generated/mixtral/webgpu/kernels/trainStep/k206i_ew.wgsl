// kernel k206i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t393: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1400: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1404: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1407: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1396: f32 = p_optim_m_layers_1_moe_w2[i];
  let v1398: f32 = l1396 * 0.9f;
  let l393: f32 = t393[i];
  let l1218: f32 = t989[0i];
  let v1395: f32 = l393 * l1218;
  let v1399: f32 = v1395 * 0.1f;
  let v1400: f32 = v1398 + v1399;
  t1400[i] = v1400;
  let l1397: f32 = p_optim_v_layers_1_moe_w2[i];
  let v1401: f32 = l1397 * 0.95f;
  let v1402: f32 = v1395 * v1395;
  let v1403: f32 = v1402 * 0.05f;
  let v1404: f32 = v1401 + v1403;
  t1404[i] = v1404;
  let v1405: f32 = sqrt(v1404);
  let l1234: f32 = t999[0i];
  let v1406: f32 = v1405 / l1234;
  let v1407: f32 = v1406 + 1e-8f;
  t1407[i] = v1407;
}
