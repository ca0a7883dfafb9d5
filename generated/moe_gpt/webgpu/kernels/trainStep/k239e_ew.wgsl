// kernel k239e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t691: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1411: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1415: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1418: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1407: f32 = p_optim_m_layers_0_moe_shared_mlp_w3_w[i];
  let v1409: f32 = l1407 * 0.9f;
  let l691: f32 = t691[i];
  let l1354: f32 = t1091[0i];
  let v1406: f32 = l691 * l1354;
  let v1410: f32 = v1406 * 0.1f;
  let v1411: f32 = v1409 + v1410;
  t1411[i] = v1411;
  let l1408: f32 = p_optim_v_layers_0_moe_shared_mlp_w3_w[i];
  let v1412: f32 = l1408 * 0.95f;
  let v1413: f32 = v1406 * v1406;
  let v1414: f32 = v1413 * 0.05f;
  let v1415: f32 = v1412 + v1414;
  t1415[i] = v1415;
  let v1416: f32 = sqrt(v1415);
  let l1370: f32 = t1101[0i];
  let v1417: f32 = v1416 / l1370;
  let v1418: f32 = v1417 + 1e-8f;
  t1418[i] = v1418;
}
