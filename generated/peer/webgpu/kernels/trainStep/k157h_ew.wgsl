// kernel k157h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t992: array<f32>;
@group(0) @binding(3) var<storage, read> t999: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_blocks_0_attn_wv_w[i];
  let l872: f32 = t843[0i];
  let v1000: f32 = l8 * l872;
  let x992: f32 = t992[i];
  let x999: f32 = t999[i];
  let v1001: f32 = x992 / x999;
  let l875: f32 = t817[0i];
  let v1002: f32 = v1001 * l875;
  let v1003: f32 = v1000 - v1002;
  t1003[i] = v1003;
}
