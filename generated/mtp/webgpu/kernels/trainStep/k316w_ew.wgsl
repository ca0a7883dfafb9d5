// kernel k316w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2029: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2033: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2036: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2025: f32 = p_optim_m_mtp_blocks_0_attn_wo_w[i];
  let v2027: f32 = l2025 * 0.9f;
  let l1022: f32 = t1021[i];
  let l1644: f32 = t1573[0i];
  let v2024: f32 = l1022 * l1644;
  let v2028: f32 = v2024 * 0.1f;
  let v2029: f32 = v2027 + v2028;
  t2029[i] = v2029;
  let l2026: f32 = p_optim_v_mtp_blocks_0_attn_wo_w[i];
  let v2030: f32 = l2026 * 0.95f;
  let v2031: f32 = v2024 * v2024;
  let v2032: f32 = v2031 * 0.05f;
  let v2033: f32 = v2030 + v2032;
  t2033[i] = v2033;
  let v2034: f32 = sqrt(v2033);
  let l1660: f32 = t1583[0i];
  let v2035: f32 = v2034 / l1660;
  let v2036: f32 = v2035 + 1e-8f;
  t2036[i] = v2036;
}
