// kernel k5_ew (compiler/std/ssm.loom:14:13)
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t39: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(3) var<storage, read_write> t63: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l45: f32 = p_layers_0_mixer_conv_b[i];
    let l41: f32 = t39[i];
    let l43: f32 = p_layers_0_mixer_conv_w[i * 4i];
    let v44: f32 = l41 * l43;
    let v46: f32 = l45 + v44;
    let l47: f32 = t39[128i + i];
    let l49: f32 = p_layers_0_mixer_conv_w[1i + i * 4i];
    let v50: f32 = l47 * l49;
    let v51: f32 = v46 + v50;
    let l52: f32 = t39[256i + i];
    let l54: f32 = p_layers_0_mixer_conv_w[2i + i * 4i];
    let v55: f32 = l52 * l54;
    let v56: f32 = v51 + v55;
    let l57: f32 = t39[384i + i];
    let l59: f32 = p_layers_0_mixer_conv_w[3i + i * 4i];
    let v60: f32 = l57 * l59;
    let v61: f32 = v56 + v60;
    let v62: f32 = 1.0f / (1.0f + exp(min(-v61, 88.0f)));
    let v63: f32 = v61 * v62;
    t63[i] = v63;
  }
}
