// kernel k4_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t40: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t68: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k4_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l47: f32 = p_layers_0_mixer_conv_b[i % 128i];
  let l41: f32 = t40[i];
  let l44: f32 = p_layers_0_mixer_conv_w[i % 128i * 4i];
  let v45: f32 = l41 * l44;
  let v48: f32 = l47 + v45;
  let l49: f32 = t40[128i + i];
  let l52: f32 = p_layers_0_mixer_conv_w[1i + i % 128i * 4i];
  let v53: f32 = l49 * l52;
  let v54: f32 = v48 + v53;
  let l55: f32 = t40[256i + i];
  let l58: f32 = p_layers_0_mixer_conv_w[2i + i % 128i * 4i];
  let v59: f32 = l55 * l58;
  let v60: f32 = v54 + v59;
  let l61: f32 = t40[384i + i];
  let l64: f32 = p_layers_0_mixer_conv_w[3i + i % 128i * 4i];
  let v65: f32 = l61 * l64;
  let v66: f32 = v60 + v65;
  let v67: f32 = 1.0f / (1.0f + exp(min(-v66, 88.0f)));
  let v68: f32 = v66 * v67;
  t68[i] = v68;
}
