// kernel k197h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1170: array<f32>;
@group(0) @binding(3) var<storage, read> t1177: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1181: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_blocks_0_attn_wv_w[i];
  let l1050: f32 = t1021[0i];
  let v1178: f32 = l8 * l1050;
  let x1170: f32 = t1170[i];
  let x1177: f32 = t1177[i];
  let v1179: f32 = x1170 / x1177;
  let l1053: f32 = t995[0i];
  let v1180: f32 = v1179 * l1053;
  let v1181: f32 = v1178 - v1180;
  t1181[i] = v1181;
}
