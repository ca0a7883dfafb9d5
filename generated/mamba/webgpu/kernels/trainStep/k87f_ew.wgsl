// kernel k87f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t297: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t900: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mixer_conv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t904: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t908: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l896: f32 = p_optim_m_layers_1_mixer_conv_b[i];
    let v898: f32 = l896 * 0.9f;
    let l298: f32 = t297[i];
    let l685: f32 = t562[0i];
    let v895: f32 = l298 * l685;
    let v899: f32 = v895 * 0.1f;
    let v900: f32 = v898 + v899;
    t900[i] = v900;
    let l897: f32 = p_optim_v_layers_1_mixer_conv_b[i];
    let v901: f32 = l897 * 0.95f;
    let v902: f32 = v895 * v895;
    let v903: f32 = v902 * 0.05f;
    let v904: f32 = v901 + v903;
    t904[i] = v904;
    let v905: f32 = sqrt(v904);
    let l701: f32 = t572[0i];
    let v906: f32 = v905 / l701;
    let v907: f32 = v906 + 1e-8f;
    let v908: f32 = v900 / v907;
    t908[i] = v908;
  }
}
