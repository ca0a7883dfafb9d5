// kernel k316ad_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2163: array<f32>;
@group(0) @binding(3) var<storage, read> t2170: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2174: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_mtp_blocks_1_attn_wv_w[i];
  let l1664: f32 = t1608[0i];
  let v2171: f32 = l31 * l1664;
  let x2163: f32 = t2163[i];
  let x2170: f32 = t2170[i];
  let v2172: f32 = x2163 / x2170;
  let l1667: f32 = t1582[0i];
  let v2173: f32 = v2172 * l1667;
  let v2174: f32 = v2171 - v2173;
  t2174[i] = v2174;
}
