// kernel k112i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t289: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1407: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1411: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1414: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1403: f32 = p_optim_m_blocks_1_mlp_proj_w[i];
  let v1405: f32 = l1403 * 0.9f;
  let l289: f32 = t289[i];
  let l713: f32 = t701[0i];
  let v1402: f32 = l289 * l713;
  let v1406: f32 = v1402 * 0.1f;
  let v1407: f32 = v1405 + v1406;
  t1407[i] = v1407;
  let l1404: f32 = p_optim_v_blocks_1_mlp_proj_w[i];
  let v1408: f32 = l1404 * 0.95f;
  let v1409: f32 = v1402 * v1402;
  let v1410: f32 = v1409 * 0.05f;
  let v1411: f32 = v1408 + v1410;
  t1411[i] = v1411;
  let v1412: f32 = sqrt(v1411);
  let l730: f32 = t711[0i];
  let v1413: f32 = v1412 / l730;
  let v1414: f32 = v1413 + 1e-8f;
  t1414[i] = v1414;
}
