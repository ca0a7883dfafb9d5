// kernel k201c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t366: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1453: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1459: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1464: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1447: f32 = p_optim_m_head_w[i];
  let v1450: f32 = l1447 * 0.9f;
  let l366: f32 = t366[i];
  let l1445: f32 = t989[0i];
  let v1446: f32 = l366 * l1445;
  let v1452: f32 = v1446 * 0.1f;
  let v1453: f32 = v1450 + v1452;
  t1453[i] = v1453;
  let l1448: f32 = p_optim_v_head_w[i];
  let v1455: f32 = l1448 * 0.95f;
  let v1456: f32 = v1446 * v1446;
  let v1458: f32 = v1456 * 0.05f;
  let v1459: f32 = v1455 + v1458;
  t1459[i] = v1459;
  let v1460: f32 = sqrt(v1459);
  let l1461: f32 = t999[0i];
  let v1462: f32 = v1460 / l1461;
  let v1464: f32 = v1462 + 1e-8f;
  t1464[i] = v1464;
}
