// kernel k317ai_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t679: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2549: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2553: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2556: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ai_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2545: f32 = p_optim_m_mtp_blocks_3_mlp_w3_w[i];
  let v2547: f32 = l2545 * 0.9f;
  let l679: f32 = t679[i];
  let l1737: f32 = t1573[0i];
  let v2544: f32 = l679 * l1737;
  let v2548: f32 = v2544 * 0.1f;
  let v2549: f32 = v2547 + v2548;
  t2549[i] = v2549;
  let l2546: f32 = p_optim_v_mtp_blocks_3_mlp_w3_w[i];
  let v2550: f32 = l2546 * 0.95f;
  let v2551: f32 = v2544 * v2544;
  let v2552: f32 = v2551 * 0.05f;
  let v2553: f32 = v2550 + v2552;
  t2553[i] = v2553;
  let v2554: f32 = sqrt(v2553);
  let l1753: f32 = t1583[0i];
  let v2555: f32 = v2554 / l1753;
  let v2556: f32 = v2555 + 1e-8f;
  t2556[i] = v2556;
}
