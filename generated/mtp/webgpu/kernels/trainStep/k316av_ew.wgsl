// kernel k316av_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2482: array<f32>;
@group(0) @binding(3) var<storage, read> t2489: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2493: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316av_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l50: f32 = p_mtp_blocks_3_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v2490: f32 = l50 * l1664;
  let x2482: f32 = t2482[i];
  let x2489: f32 = t2489[i];
  let v2491: f32 = x2482 / x2489;
  let l1667: f32 = t1582[0i];
  let v2492: f32 = v2491 * l1667;
  let v2493: f32 = v2490 - v2492;
  t2493[i] = v2493;
}
