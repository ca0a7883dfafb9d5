// kernel k197q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t574: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1442: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1446: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1449: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1438: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1440: f32 = l1438 * 0.9f;
  let l575: f32 = t574[i];
  let l1030: f32 = t986[0i];
  let v1437: f32 = l575 * l1030;
  let v1441: f32 = v1437 * 0.1f;
  let v1442: f32 = v1440 + v1441;
  t1442[i] = v1442;
  let l1439: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1443: f32 = l1439 * 0.95f;
  let v1444: f32 = v1437 * v1437;
  let v1445: f32 = v1444 * 0.05f;
  let v1446: f32 = v1443 + v1445;
  t1446[i] = v1446;
  let v1447: f32 = sqrt(v1446);
  let l1046: f32 = t996[0i];
  let v1448: f32 = v1447 / l1046;
  let v1449: f32 = v1448 + 1e-8f;
  t1449[i] = v1449;
}
