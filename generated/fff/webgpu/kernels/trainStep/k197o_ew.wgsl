// kernel k197o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t587: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1409: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1413: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1416: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1405: f32 = p_optim_m_blocks_1_attn_wv_w[i];
  let v1407: f32 = l1405 * 0.9f;
  let l587: f32 = t587[i];
  let l1030: f32 = t986[0i];
  let v1404: f32 = l587 * l1030;
  let v1408: f32 = v1404 * 0.1f;
  let v1409: f32 = v1407 + v1408;
  t1409[i] = v1409;
  let l1406: f32 = p_optim_v_blocks_1_attn_wv_w[i];
  let v1410: f32 = l1406 * 0.95f;
  let v1411: f32 = v1404 * v1404;
  let v1412: f32 = v1411 * 0.05f;
  let v1413: f32 = v1410 + v1412;
  t1413[i] = v1413;
  let v1414: f32 = sqrt(v1413);
  let l1046: f32 = t996[0i];
  let v1415: f32 = v1414 / l1046;
  let v1416: f32 = v1415 + 1e-8f;
  t1416[i] = v1416;
}
