// kernel k199c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t335: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1422: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1428: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1433: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1416: f32 = p_optim_m_head_w[i];
  let v1419: f32 = l1416 * 0.9f;
  let l335: f32 = t335[i];
  let l1414: f32 = t958[0i];
  let v1415: f32 = l335 * l1414;
  let v1421: f32 = v1415 * 0.1f;
  let v1422: f32 = v1419 + v1421;
  t1422[i] = v1422;
  let l1417: f32 = p_optim_v_head_w[i];
  let v1424: f32 = l1417 * 0.95f;
  let v1425: f32 = v1415 * v1415;
  let v1427: f32 = v1425 * 0.05f;
  let v1428: f32 = v1424 + v1427;
  t1428[i] = v1428;
  let v1429: f32 = sqrt(v1428);
  let l1430: f32 = t968[0i];
  let v1431: f32 = v1429 / l1430;
  let v1433: f32 = v1431 + 1e-8f;
  t1433[i] = v1433;
}
