// kernel k86c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_dt_w: array<f32>;
@group(0) @binding(1) var<storage, read> t376: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t743: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_dt_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t749: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t754: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l737: f32 = p_optim_m_layers_0_mixer_dt_w[i];
  let v740: f32 = l737 * 0.9f;
  let l376: f32 = t376[i];
  let l735: f32 = t562[0i];
  let v736: f32 = l376 * l735;
  let v742: f32 = v736 * 0.1f;
  let v743: f32 = v740 + v742;
  t743[i] = v743;
  let l738: f32 = p_optim_v_layers_0_mixer_dt_w[i];
  let v745: f32 = l738 * 0.95f;
  let v746: f32 = v736 * v736;
  let v748: f32 = v746 * 0.05f;
  let v749: f32 = v745 + v748;
  t749[i] = v749;
  let v750: f32 = sqrt(v749);
  let l751: f32 = t572[0i];
  let v752: f32 = v750 / l751;
  let v754: f32 = v752 + 1e-8f;
  t754[i] = v754;
}
