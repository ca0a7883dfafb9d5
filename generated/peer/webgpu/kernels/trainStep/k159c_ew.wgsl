// kernel k159c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_query_w: array<f32>;
@group(0) @binding(1) var<storage, read> t409: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1402: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_query_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1406: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1409: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k159c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1398: f32 = p_optim_m_blocks_1_ffn_query_w[i];
  let v1400: f32 = l1398 * 0.9f;
  let l409: f32 = t409[i];
  let l1085: f32 = t808[0i];
  let v1397: f32 = l409 * l1085;
  let v1401: f32 = v1397 * 0.1f;
  let v1402: f32 = v1400 + v1401;
  t1402[i] = v1402;
  let l1399: f32 = p_optim_v_blocks_1_ffn_query_w[i];
  let v1403: f32 = l1399 * 0.95f;
  let v1404: f32 = v1397 * v1397;
  let v1405: f32 = v1404 * 0.05f;
  let v1406: f32 = v1403 + v1405;
  t1406[i] = v1406;
  let v1407: f32 = sqrt(v1406);
  let l1101: f32 = t818[0i];
  let v1408: f32 = v1407 / l1101;
  let v1409: f32 = v1408 + 1e-8f;
  t1409[i] = v1409;
}
