// kernel k316ar_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2448: array<f32>;
@group(0) @binding(3) var<storage, read> t2455: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2459: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ar_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l48: f32 = p_mtp_blocks_3_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v2456: f32 = l48 * l1664;
  let x2448: f32 = t2448[i];
  let x2455: f32 = t2455[i];
  let v2457: f32 = x2448 / x2455;
  let l1667: f32 = t1582[0i];
  let v2458: f32 = v2457 * l1667;
  let v2459: f32 = v2456 - v2458;
  t2459[i] = v2459;
}
