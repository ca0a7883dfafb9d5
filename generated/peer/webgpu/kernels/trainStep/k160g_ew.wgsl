// kernel k160g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_keys2: array<f32>;
@group(0) @binding(1) var<storage, read> t393: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1436: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_keys2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1440: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1443: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k160g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1432: f32 = p_optim_m_blocks_1_ffn_keys2[i];
  let v1434: f32 = l1432 * 0.9f;
  let l393: f32 = t393[i];
  let l1112: f32 = t808[0i];
  let v1431: f32 = l393 * l1112;
  let v1435: f32 = v1431 * 0.1f;
  let v1436: f32 = v1434 + v1435;
  t1436[i] = v1436;
  let l1433: f32 = p_optim_v_blocks_1_ffn_keys2[i];
  let v1437: f32 = l1433 * 0.95f;
  let v1438: f32 = v1431 * v1431;
  let v1439: f32 = v1438 * 0.05f;
  let v1440: f32 = v1437 + v1439;
  t1440[i] = v1440;
  let v1441: f32 = sqrt(v1440);
  let l1129: f32 = t818[0i];
  let v1442: f32 = v1441 / l1129;
  let v1443: f32 = v1442 + 1e-8f;
  t1443[i] = v1443;
}
