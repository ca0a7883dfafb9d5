// kernel k120k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t468: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1418: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1422: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1425: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1414: f32 = p_optim_m_blocks_1_att_key_w[i];
  let v1416: f32 = l1414 * 0.9f;
  let l468: f32 = t468[i];
  let l1100: f32 = t901[0i];
  let v1413: f32 = l468 * l1100;
  let v1417: f32 = v1413 * 0.1f;
  let v1418: f32 = v1416 + v1417;
  t1418[i] = v1418;
  let l1415: f32 = p_optim_v_blocks_1_att_key_w[i];
  let v1419: f32 = l1415 * 0.95f;
  let v1420: f32 = v1413 * v1413;
  let v1421: f32 = v1420 * 0.05f;
  let v1422: f32 = v1419 + v1421;
  t1422[i] = v1422;
  let v1423: f32 = sqrt(v1422);
  let l1116: f32 = t911[0i];
  let v1424: f32 = v1423 / l1116;
  let v1425: f32 = v1424 + 1e-8f;
  t1425[i] = v1425;
}
