// kernel k157n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1271: array<f32>;
@group(0) @binding(3) var<storage, read> t1278: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1282: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_blocks_1_attn_wk_w[i];
  let l872: f32 = t843[0i];
  let v1279: f32 = l23 * l872;
  let x1271: f32 = t1271[i];
  let x1278: f32 = t1278[i];
  let v1280: f32 = x1271 / x1278;
  let l875: f32 = t817[0i];
  let v1281: f32 = v1280 * l875;
  let v1282: f32 = v1279 - v1281;
  t1282[i] = v1282;
}
