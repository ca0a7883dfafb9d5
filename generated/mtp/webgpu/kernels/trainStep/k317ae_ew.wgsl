// kernel k317ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t688: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2515: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2519: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2522: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2511: f32 = p_optim_m_mtp_blocks_3_mlp_w1_w[i];
  let v2513: f32 = l2511 * 0.9f;
  let l688: f32 = t688[i];
  let l1737: f32 = t1573[0i];
  let v2510: f32 = l688 * l1737;
  let v2514: f32 = v2510 * 0.1f;
  let v2515: f32 = v2513 + v2514;
  t2515[i] = v2515;
  let l2512: f32 = p_optim_v_mtp_blocks_3_mlp_w1_w[i];
  let v2516: f32 = l2512 * 0.95f;
  let v2517: f32 = v2510 * v2510;
  let v2518: f32 = v2517 * 0.05f;
  let v2519: f32 = v2516 + v2518;
  t2519[i] = v2519;
  let v2520: f32 = sqrt(v2519);
  let l1753: f32 = t1583[0i];
  let v2521: f32 = v2520 / l1753;
  let v2522: f32 = v2521 + 1e-8f;
  t2522[i] = v2522;
}
