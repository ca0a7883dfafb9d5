// kernel k87a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t407: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t693: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t699: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t705: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l687: f32 = p_optim_m_layers_0_mixer_conv_b[i];
    let v690: f32 = l687 * 0.9f;
    let l408: f32 = t407[i];
    let l685: f32 = t562[0i];
    let v686: f32 = l408 * l685;
    let v692: f32 = v686 * 0.1f;
    let v693: f32 = v690 + v692;
    t693[i] = v693;
    let l688: f32 = p_optim_v_layers_0_mixer_conv_b[i];
    let v695: f32 = l688 * 0.95f;
    let v696: f32 = v686 * v686;
    let v698: f32 = v696 * 0.05f;
    let v699: f32 = v695 + v698;
    t699[i] = v699;
    let v700: f32 = sqrt(v699);
    let l701: f32 = t572[0i];
    let v702: f32 = v700 / l701;
    let v704: f32 = v702 + 1e-8f;
    let v705: f32 = v693 / v704;
    t705[i] = v705;
  }
}
