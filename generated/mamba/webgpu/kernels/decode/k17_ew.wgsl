// kernel k17_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t99: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t123: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l105: f32 = p_layers_1_mixer_conv_b[i];
    let l101: f32 = t99[i];
    let l103: f32 = p_layers_1_mixer_conv_w[i * 4i];
    let v104: f32 = l101 * l103;
    let v106: f32 = l105 + v104;
    let l107: f32 = t99[128i + i];
    let l109: f32 = p_layers_1_mixer_conv_w[1i + i * 4i];
    let v110: f32 = l107 * l109;
    let v111: f32 = v106 + v110;
    let l112: f32 = t99[256i + i];
    let l114: f32 = p_layers_1_mixer_conv_w[2i + i * 4i];
    let v115: f32 = l112 * l114;
    let v116: f32 = v111 + v115;
    let l117: f32 = t99[384i + i];
    let l119: f32 = p_layers_1_mixer_conv_w[3i + i * 4i];
    let v120: f32 = l117 * l119;
    let v121: f32 = v116 + v120;
    let v122: f32 = 1.0f / (1.0f + exp(min(-v121, 88.0f)));
    let v123: f32 = v121 * v122;
    t123[i] = v123;
  }
}
