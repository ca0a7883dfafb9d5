// kernel k316t_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1995: array<f32>;
@group(0) @binding(3) var<storage, read> t2002: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2006: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_mtp_blocks_0_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v2003: f32 = l21 * l1664;
  let x1995: f32 = t1995[i];
  let x2002: f32 = t2002[i];
  let v2004: f32 = x1995 / x2002;
  let l1667: f32 = t1582[0i];
  let v2005: f32 = v2004 * l1667;
  let v2006: f32 = v2003 - v2005;
  t2006[i] = v2006;
}
