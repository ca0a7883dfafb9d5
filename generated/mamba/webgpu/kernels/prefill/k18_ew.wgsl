// kernel k18_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t146: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l125: f32 = p_layers_1_mixer_conv_b[i % 128i];
  let l119: f32 = t117[i];
  let l122: f32 = p_layers_1_mixer_conv_w[i % 128i * 4i];
  let v123: f32 = l119 * l122;
  let v126: f32 = l125 + v123;
  let l127: f32 = t117[128i + i];
  let l130: f32 = p_layers_1_mixer_conv_w[1i + i % 128i * 4i];
  let v131: f32 = l127 * l130;
  let v132: f32 = v126 + v131;
  let l133: f32 = t117[256i + i];
  let l136: f32 = p_layers_1_mixer_conv_w[2i + i % 128i * 4i];
  let v137: f32 = l133 * l136;
  let v138: f32 = v132 + v137;
  let l139: f32 = t117[384i + i];
  let l142: f32 = p_layers_1_mixer_conv_w[3i + i % 128i * 4i];
  let v143: f32 = l139 * l142;
  let v144: f32 = v138 + v143;
  let v145: f32 = 1.0f / (1.0f + exp(min(-v144, 88.0f)));
  let v146: f32 = v144 * v145;
  t146[i] = v146;
}
