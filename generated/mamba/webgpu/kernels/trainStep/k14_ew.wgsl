// kernel k14_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t105: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t131: array<f32>;
@group(0) @binding(4) var<storage, read_write> t132: array<f32>;
@group(0) @binding(5) var<storage, read_write> t133: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l112: f32 = p_layers_1_mixer_conv_b[i % 128i];
  let l106: f32 = t105[i / 8192i * 8576i + i % 8192i];
  let l109: f32 = p_layers_1_mixer_conv_w[i % 128i * 4i];
  let v110: f32 = l106 * l109;
  let v113: f32 = l112 + v110;
  let l114: f32 = t105[128i + i / 8192i * 8576i + i % 8192i];
  let l117: f32 = p_layers_1_mixer_conv_w[1i + i % 128i * 4i];
  let v118: f32 = l114 * l117;
  let v119: f32 = v113 + v118;
  let l120: f32 = t105[256i + i / 8192i * 8576i + i % 8192i];
  let l123: f32 = p_layers_1_mixer_conv_w[2i + i % 128i * 4i];
  let v124: f32 = l120 * l123;
  let v125: f32 = v119 + v124;
  let l126: f32 = t105[384i + i / 8192i * 8576i + i % 8192i];
  let l129: f32 = p_layers_1_mixer_conv_w[3i + i % 128i * 4i];
  let v130: f32 = l126 * l129;
  let v131: f32 = v125 + v130;
  t131[i] = v131;
  let v132: f32 = 1.0f / (1.0f + exp(min(-v131, 88.0f)));
  t132[i] = v132;
  let v133: f32 = v131 * v132;
  t133[i] = v133;
}
