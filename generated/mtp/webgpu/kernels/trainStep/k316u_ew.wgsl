// kernel k316u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1068: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2012: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2016: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2019: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2008: f32 = p_optim_m_mtp_blocks_0_attn_wv_w[i];
  let v2010: f32 = l2008 * 0.9f;
  let l1068: f32 = t1068[i];
  let l1644: f32 = t1573[0i];
  let v2007: f32 = l1068 * l1644;
  let v2011: f32 = v2007 * 0.1f;
  let v2012: f32 = v2010 + v2011;
  t2012[i] = v2012;
  let l2009: f32 = p_optim_v_mtp_blocks_0_attn_wv_w[i];
  let v2013: f32 = l2009 * 0.95f;
  let v2014: f32 = v2007 * v2007;
  let v2015: f32 = v2014 * 0.05f;
  let v2016: f32 = v2013 + v2015;
  t2016[i] = v2016;
  let v2017: f32 = sqrt(v2016);
  let l1660: f32 = t1583[0i];
  let v2018: f32 = v2017 / l1660;
  let v2019: f32 = v2018 + 1e-8f;
  t2019[i] = v2019;
}
