// kernel k114n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t874: array<f32>;
@group(0) @binding(3) var<storage, read> t881: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t885: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l677: f32 = t621[0i];
  let v882: f32 = l13 * l677;
  let x874: f32 = t874[i];
  let x881: f32 = t881[i];
  let v883: f32 = x874 / x881;
  let l680: f32 = t595[0i];
  let v884: f32 = v883 * l680;
  let v885: f32 = v882 - v884;
  t885[i] = v885;
}
