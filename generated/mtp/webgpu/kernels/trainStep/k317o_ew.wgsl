// kernel k317o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t989: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2079: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2083: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2086: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2075: f32 = p_optim_m_mtp_blocks_0_mlp_w2_w[i];
  let v2077: f32 = l2075 * 0.9f;
  let l989: f32 = t989[i];
  let l1763: f32 = t1573[0i];
  let v2074: f32 = l989 * l1763;
  let v2078: f32 = v2074 * 0.1f;
  let v2079: f32 = v2077 + v2078;
  t2079[i] = v2079;
  let l2076: f32 = p_optim_v_mtp_blocks_0_mlp_w2_w[i];
  let v2080: f32 = l2076 * 0.95f;
  let v2081: f32 = v2074 * v2074;
  let v2082: f32 = v2081 * 0.05f;
  let v2083: f32 = v2080 + v2082;
  t2083[i] = v2083;
  let v2084: f32 = sqrt(v2083);
  let l1779: f32 = t1583[0i];
  let v2085: f32 = v2084 / l1779;
  let v2086: f32 = v2085 + 1e-8f;
  t2086[i] = v2086;
}
