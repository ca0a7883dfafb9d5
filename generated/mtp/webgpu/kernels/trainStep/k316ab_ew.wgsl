// kernel k316ab_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2146: array<f32>;
@group(0) @binding(3) var<storage, read> t2153: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2157: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_mtp_blocks_1_attn_wk_w[i];
  let l1664: f32 = t1608[0i];
  let v2154: f32 = l30 * l1664;
  let x2146: f32 = t2146[i];
  let x2153: f32 = t2153[i];
  let v2155: f32 = x2146 / x2153;
  let l1667: f32 = t1582[0i];
  let v2156: f32 = v2155 * l1667;
  let v2157: f32 = v2154 - v2156;
  t2157[i] = v2157;
}
