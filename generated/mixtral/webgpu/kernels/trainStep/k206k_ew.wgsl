// kernel k206k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t397: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1417: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1421: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1424: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1413: f32 = p_optim_m_layers_1_moe_w3[i];
  let v1415: f32 = l1413 * 0.9f;
  let l397: f32 = t397[i];
  let l1189: f32 = t989[0i];
  let v1412: f32 = l397 * l1189;
  let v1416: f32 = v1412 * 0.1f;
  let v1417: f32 = v1415 + v1416;
  t1417[i] = v1417;
  let l1414: f32 = p_optim_v_layers_1_moe_w3[i];
  let v1418: f32 = l1414 * 0.95f;
  let v1419: f32 = v1412 * v1412;
  let v1420: f32 = v1419 * 0.05f;
  let v1421: f32 = v1418 + v1420;
  t1421[i] = v1421;
  let v1422: f32 = sqrt(v1421);
  let l1206: f32 = t999[0i];
  let v1423: f32 = v1422 / l1206;
  let v1424: f32 = v1423 + 1e-8f;
  t1424[i] = v1424;
}
