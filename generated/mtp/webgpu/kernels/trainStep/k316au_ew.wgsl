// kernel k316au_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t709: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2482: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2486: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2489: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316au_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2478: f32 = p_optim_m_mtp_blocks_3_attn_wo_w[i];
  let v2480: f32 = l2478 * 0.9f;
  let l710: f32 = t709[i];
  let l1644: f32 = t1573[0i];
  let v2477: f32 = l710 * l1644;
  let v2481: f32 = v2477 * 0.1f;
  let v2482: f32 = v2480 + v2481;
  t2482[i] = v2482;
  let l2479: f32 = p_optim_v_mtp_blocks_3_attn_wo_w[i];
  let v2483: f32 = l2479 * 0.95f;
  let v2484: f32 = v2477 * v2477;
  let v2485: f32 = v2484 * 0.05f;
  let v2486: f32 = v2483 + v2485;
  t2486[i] = v2486;
  let v2487: f32 = sqrt(v2486);
  let l1660: f32 = t1583[0i];
  let v2488: f32 = v2487 / l1660;
  let v2489: f32 = v2488 + 1e-8f;
  t2489[i] = v2489;
}
