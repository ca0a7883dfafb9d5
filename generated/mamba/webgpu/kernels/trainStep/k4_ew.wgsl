// kernel k4_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t41: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t67: array<f32>;
@group(0) @binding(4) var<storage, read_write> t68: array<f32>;
@group(0) @binding(5) var<storage, read_write> t69: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k4_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l48: f32 = p_layers_0_mixer_conv_b[i % 128i];
  let l42: f32 = t41[i / 8192i * 8576i + i % 8192i];
  let l45: f32 = p_layers_0_mixer_conv_w[i % 128i * 4i];
  let v46: f32 = l42 * l45;
  let v49: f32 = l48 + v46;
  let l50: f32 = t41[128i + i / 8192i * 8576i + i % 8192i];
  let l53: f32 = p_layers_0_mixer_conv_w[1i + i % 128i * 4i];
  let v54: f32 = l50 * l53;
  let v55: f32 = v49 + v54;
  let l56: f32 = t41[256i + i / 8192i * 8576i + i % 8192i];
  let l59: f32 = p_layers_0_mixer_conv_w[2i + i % 128i * 4i];
  let v60: f32 = l56 * l59;
  let v61: f32 = v55 + v60;
  let l62: f32 = t41[384i + i / 8192i * 8576i + i % 8192i];
  let l65: f32 = p_layers_0_mixer_conv_w[3i + i % 128i * 4i];
  let v66: f32 = l62 * l65;
  let v67: f32 = v61 + v66;
  t67[i] = v67;
  let v68: f32 = 1.0f / (1.0f + exp(min(-v67, 88.0f)));
  t68[i] = v68;
  let v69: f32 = v67 * v68;
  t69[i] = v69;
}
