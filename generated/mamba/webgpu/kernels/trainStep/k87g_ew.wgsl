// kernel k87g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t908: array<f32>;
@group(0) @binding(2) var<storage, read> t571: array<f32>;
@group(0) @binding(3) var<storage, read_write> t910: array<f32>;
@group(0) @binding(4) var<storage, read> t263: array<f32>;
@group(0) @binding(5) var<storage, read> t562: array<f32>;
@group(0) @binding(6) var<storage, read_write> t945: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l14: f32 = p_layers_1_mixer_conv_b[i];
    let x908: f32 = t908[i];
    let l706: f32 = t571[0i];
    let v909: f32 = x908 * l706;
    let v910: f32 = l14 - v909;
    t910[i] = v910;
    let l264: f32 = t263[i];
    let l685: f32 = t562[0i];
    let v945: f32 = l264 * l685;
    t945[i] = v945;
  }
}
