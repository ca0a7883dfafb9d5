// kernel k39b_einsum
@group(0) @binding(0) var<storage, read> t278: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t285: array<f32>;
@group(0) @binding(3) var<storage, read_write> t291: array<f32>;
@group(0) @binding(4) var<storage, read_write> t299: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x278: f32 = t278[i];
  let l123: f32 = p_layers_1_mixer_conv_w[2i + i % 128i * 4i];
  let v285: f32 = x278 * l123;
  t285[i] = v285;
  let l117: f32 = p_layers_1_mixer_conv_w[1i + i % 128i * 4i];
  let v291: f32 = x278 * l117;
  t291[i] = v291;
  let l109: f32 = p_layers_1_mixer_conv_w[i % 128i * 4i];
  let v299: f32 = x278 * l109;
  t299[i] = v299;
}
