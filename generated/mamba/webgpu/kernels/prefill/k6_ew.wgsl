// kernel k6_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t41: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t78: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l57: f32 = p_layers_0_mixer_conv_b[i % 128i];
  let l51: f32 = t41[i];
  let l54: f32 = p_layers_0_mixer_conv_w[i % 128i * 4i];
  let v55: f32 = l51 * l54;
  let v58: f32 = l57 + v55;
  let l59: f32 = t41[128i + i];
  let l62: f32 = p_layers_0_mixer_conv_w[1i + i % 128i * 4i];
  let v63: f32 = l59 * l62;
  let v64: f32 = v58 + v63;
  let l65: f32 = t41[256i + i];
  let l68: f32 = p_layers_0_mixer_conv_w[2i + i % 128i * 4i];
  let v69: f32 = l65 * l68;
  let v70: f32 = v64 + v69;
  let l71: f32 = t41[384i + i];
  let l74: f32 = p_layers_0_mixer_conv_w[3i + i % 128i * 4i];
  let v75: f32 = l71 * l74;
  let v76: f32 = v70 + v75;
  let v77: f32 = 1.0f / (1.0f + exp(min(-v76, 88.0f)));
  let v78: f32 = v76 * v77;
  t78[i] = v78;
}
