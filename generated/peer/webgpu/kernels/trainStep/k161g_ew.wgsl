// kernel k161g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_v: array<f32>;
@group(0) @binding(1) var<storage, read> t354: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1470: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1474: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1477: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1466: f32 = p_optim_m_blocks_1_ffn_v[i];
  let v1468: f32 = l1466 * 0.9f;
  let l354: f32 = t354[i];
  let l1158: f32 = t808[0i];
  let v1465: f32 = l354 * l1158;
  let v1469: f32 = v1465 * 0.1f;
  let v1470: f32 = v1468 + v1469;
  t1470[i] = v1470;
  let l1467: f32 = p_optim_v_blocks_1_ffn_v[i];
  let v1471: f32 = l1467 * 0.95f;
  let v1472: f32 = v1465 * v1465;
  let v1473: f32 = v1472 * 0.05f;
  let v1474: f32 = v1471 + v1473;
  t1474[i] = v1474;
  let v1475: f32 = sqrt(v1474);
  let l1174: f32 = t818[0i];
  let v1476: f32 = v1475 / l1174;
  let v1477: f32 = v1476 + 1e-8f;
  t1477[i] = v1477;
}
