// kernel k316ap_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2431: array<f32>;
@group(0) @binding(3) var<storage, read> t2438: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2442: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ap_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l47: f32 = p_mtp_blocks_3_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v2439: f32 = l47 * l1664;
  let x2431: f32 = t2431[i];
  let x2438: f32 = t2438[i];
  let v2440: f32 = x2431 / x2438;
  let l1667: f32 = t1582[0i];
  let v2441: f32 = v2440 * l1667;
  let v2442: f32 = v2439 - v2441;
  t2442[i] = v2442;
}
