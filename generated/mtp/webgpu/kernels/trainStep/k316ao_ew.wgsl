// kernel k316ao_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t764: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2431: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2435: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2438: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ao_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2427: f32 = p_optim_m_mtp_blocks_3_attn_wq_w[i];
  let v2429: f32 = l2427 * 0.9f;
  let l764: f32 = t764[i];
  let l1644: f32 = t1573[0i];
  let v2426: f32 = l764 * l1644;
  let v2430: f32 = v2426 * 0.1f;
  let v2431: f32 = v2429 + v2430;
  t2431[i] = v2431;
  let l2428: f32 = p_optim_v_mtp_blocks_3_attn_wq_w[i];
  let v2432: f32 = l2428 * 0.95f;
  let v2433: f32 = v2426 * v2426;
  let v2434: f32 = v2433 * 0.05f;
  let v2435: f32 = v2432 + v2434;
  t2435[i] = v2435;
  let v2436: f32 = sqrt(v2435);
  let l1660: f32 = t1583[0i];
  let v2437: f32 = v2436 / l1660;
  let v2438: f32 = v2437 + 1e-8f;
  t2438[i] = v2438;
}
