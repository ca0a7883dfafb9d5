// kernel k14_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t103: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t131: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l110: f32 = p_layers_1_mixer_conv_b[i % 128i];
  let l104: f32 = t103[i];
  let l107: f32 = p_layers_1_mixer_conv_w[i % 128i * 4i];
  let v108: f32 = l104 * l107;
  let v111: f32 = l110 + v108;
  let l112: f32 = t103[128i + i];
  let l115: f32 = p_layers_1_mixer_conv_w[1i + i % 128i * 4i];
  let v116: f32 = l112 * l115;
  let v117: f32 = v111 + v116;
  let l118: f32 = t103[256i + i];
  let l121: f32 = p_layers_1_mixer_conv_w[2i + i % 128i * 4i];
  let v122: f32 = l118 * l121;
  let v123: f32 = v117 + v122;
  let l124: f32 = t103[384i + i];
  let l127: f32 = p_layers_1_mixer_conv_w[3i + i % 128i * 4i];
  let v128: f32 = l124 * l127;
  let v129: f32 = v123 + v128;
  let v130: f32 = 1.0f / (1.0f + exp(min(-v129, 88.0f)));
  let v131: f32 = v129 * v130;
  t131[i] = v131;
}
