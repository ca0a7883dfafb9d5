// kernel k144g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t422: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1644: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1648: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1651: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1640: f32 = p_optim_m_blocks_1_ffn_key_w[i];
  let v1642: f32 = l1640 * 0.9f;
  let l422: f32 = t422[i];
  let l1335: f32 = t995[0i];
  let v1639: f32 = l422 * l1335;
  let v1643: f32 = v1639 * 0.1f;
  let v1644: f32 = v1642 + v1643;
  t1644[i] = v1644;
  let l1641: f32 = p_optim_v_blocks_1_ffn_key_w[i];
  let v1645: f32 = l1641 * 0.95f;
  let v1646: f32 = v1639 * v1639;
  let v1647: f32 = v1646 * 0.05f;
  let v1648: f32 = v1645 + v1647;
  t1648[i] = v1648;
  let v1649: f32 = sqrt(v1648);
  let l1351: f32 = t1005[0i];
  let v1650: f32 = v1649 / l1351;
  let v1651: f32 = v1650 + 1e-8f;
  t1651[i] = v1651;
}
