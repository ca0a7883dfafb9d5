// kernel k316at_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2465: array<f32>;
@group(0) @binding(3) var<storage, read> t2472: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2476: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316at_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l49: f32 = p_mtp_blocks_3_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v2473: f32 = l49 * l1664;
  let x2465: f32 = t2465[i];
  let x2472: f32 = t2472[i];
  let v2474: f32 = x2465 / x2472;
  let l1667: f32 = t1582[0i];
  let v2475: f32 = v2474 * l1667;
  let v2476: f32 = v2473 - v2475;
  t2476[i] = v2476;
}
