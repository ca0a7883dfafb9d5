// kernel k316s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1072: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1995: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1999: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2002: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1991: f32 = p_optim_m_mtp_blocks_0_attn_wk_w[i];
  let v1993: f32 = l1991 * 0.9f;
  let l1072: f32 = t1072[i];
  let l1644: f32 = t1573[0i];
  let v1990: f32 = l1072 * l1644;
  let v1994: f32 = v1990 * 0.1f;
  let v1995: f32 = v1993 + v1994;
  t1995[i] = v1995;
  let l1992: f32 = p_optim_v_mtp_blocks_0_attn_wk_w[i];
  let v1996: f32 = l1992 * 0.95f;
  let v1997: f32 = v1990 * v1990;
  let v1998: f32 = v1997 * 0.05f;
  let v1999: f32 = v1996 + v1998;
  t1999[i] = v1999;
  let v2000: f32 = sqrt(v1999);
  let l1660: f32 = t1583[0i];
  let v2001: f32 = v2000 / l1660;
  let v2002: f32 = v2001 + 1e-8f;
  t2002[i] = v2002;
}
