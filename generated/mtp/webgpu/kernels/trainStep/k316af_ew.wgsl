// kernel k316af_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2180: array<f32>;
@group(0) @binding(3) var<storage, read> t2187: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2191: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_mtp_blocks_1_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v2188: f32 = l32 * l1664;
  let x2180: f32 = t2180[i];
  let x2187: f32 = t2187[i];
  let v2189: f32 = x2180 / x2187;
  let l1667: f32 = t1582[0i];
  let v2190: f32 = v2189 * l1667;
  let v2191: f32 = v2188 - v2190;
  t2191[i] = v2191;
}
