// kernel k120o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t418: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1452: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1456: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1459: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1448: f32 = p_optim_m_blocks_1_att_receptance_w[i];
  let v1450: f32 = l1448 * 0.9f;
  let l418: f32 = t418[i];
  let l1100: f32 = t901[0i];
  let v1447: f32 = l418 * l1100;
  let v1451: f32 = v1447 * 0.1f;
  let v1452: f32 = v1450 + v1451;
  t1452[i] = v1452;
  let l1449: f32 = p_optim_v_blocks_1_att_receptance_w[i];
  let v1453: f32 = l1449 * 0.95f;
  let v1454: f32 = v1447 * v1447;
  let v1455: f32 = v1454 * 0.05f;
  let v1456: f32 = v1453 + v1455;
  t1456[i] = v1456;
  let v1457: f32 = sqrt(v1456);
  let l1116: f32 = t911[0i];
  let v1458: f32 = v1457 / l1116;
  let v1459: f32 = v1458 + 1e-8f;
  t1459[i] = v1459;
}
