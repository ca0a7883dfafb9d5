// kernel k59b_einsum
@group(0) @binding(0) var<storage, read> t388: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t395: array<f32>;
@group(0) @binding(3) var<storage, read_write> t401: array<f32>;
@group(0) @binding(4) var<storage, read_write> t409: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x388: f32 = t388[i];
  let l59: f32 = p_layers_0_mixer_conv_w[2i + i % 128i * 4i];
  let v395: f32 = x388 * l59;
  t395[i] = v395;
  let l53: f32 = p_layers_0_mixer_conv_w[1i + i % 128i * 4i];
  let v401: f32 = x388 * l53;
  t401[i] = v401;
  let l45: f32 = p_layers_0_mixer_conv_w[i % 128i * 4i];
  let v409: f32 = x388 * l45;
  t409[i] = v409;
}
