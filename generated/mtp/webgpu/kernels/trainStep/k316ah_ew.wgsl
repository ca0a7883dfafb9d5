// kernel k316ah_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2280: array<f32>;
@group(0) @binding(3) var<storage, read> t2287: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2291: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l38: f32 = p_mtp_blocks_2_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v2288: f32 = l38 * l1664;
  let x2280: f32 = t2280[i];
  let x2287: f32 = t2287[i];
  let v2289: f32 = x2280 / x2287;
  let l1667: f32 = t1582[0i];
  let v2290: f32 = v2289 * l1667;
  let v2291: f32 = v2288 - v2290;
  t2291[i] = v2291;
}
