// kernel k239c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t707: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1408: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1414: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1419: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1402: f32 = p_optim_m_layers_0_moe_shared_mlp_w2_w[i];
  let v1405: f32 = l1402 * 0.9f;
  let l707: f32 = t707[i];
  let l1400: f32 = t1111[0i];
  let v1401: f32 = l707 * l1400;
  let v1407: f32 = v1401 * 0.1f;
  let v1408: f32 = v1405 + v1407;
  t1408[i] = v1408;
  let l1403: f32 = p_optim_v_layers_0_moe_shared_mlp_w2_w[i];
  let v1410: f32 = l1403 * 0.95f;
  let v1411: f32 = v1401 * v1401;
  let v1413: f32 = v1411 * 0.05f;
  let v1414: f32 = v1410 + v1413;
  t1414[i] = v1414;
  let v1415: f32 = sqrt(v1414);
  let l1416: f32 = t1121[0i];
  let v1417: f32 = v1415 / l1416;
  let v1419: f32 = v1417 + 1e-8f;
  t1419[i] = v1419;
}
