// kernel k316q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1076: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1978: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1982: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1985: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1974: f32 = p_optim_m_mtp_blocks_0_attn_wq_w[i];
  let v1976: f32 = l1974 * 0.9f;
  let l1076: f32 = t1076[i];
  let l1644: f32 = t1573[0i];
  let v1973: f32 = l1076 * l1644;
  let v1977: f32 = v1973 * 0.1f;
  let v1978: f32 = v1976 + v1977;
  t1978[i] = v1978;
  let l1975: f32 = p_optim_v_mtp_blocks_0_attn_wq_w[i];
  let v1979: f32 = l1975 * 0.95f;
  let v1980: f32 = v1973 * v1973;
  let v1981: f32 = v1980 * 0.05f;
  let v1982: f32 = v1979 + v1981;
  t1982[i] = v1982;
  let v1983: f32 = sqrt(v1982);
  let l1660: f32 = t1583[0i];
  let v1984: f32 = v1983 / l1660;
  let v1985: f32 = v1984 + 1e-8f;
  t1985[i] = v1985;
}
