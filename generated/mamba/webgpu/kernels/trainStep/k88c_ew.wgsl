// kernel k88c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_x_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t271: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t916: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mixer_x_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t920: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t923: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k88c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l912: f32 = p_optim_m_layers_1_mixer_x_proj_w[i];
  let v914: f32 = l912 * 0.9f;
  let l271: f32 = t271[i];
  let l709: f32 = t562[0i];
  let v911: f32 = l271 * l709;
  let v915: f32 = v911 * 0.1f;
  let v916: f32 = v914 + v915;
  t916[i] = v916;
  let l913: f32 = p_optim_v_layers_1_mixer_x_proj_w[i];
  let v917: f32 = l913 * 0.95f;
  let v918: f32 = v911 * v911;
  let v919: f32 = v918 * 0.05f;
  let v920: f32 = v917 + v919;
  t920[i] = v920;
  let v921: f32 = sqrt(v920);
  let l725: f32 = t572[0i];
  let v922: f32 = v921 / l725;
  let v923: f32 = v922 + 1e-8f;
  t923[i] = v923;
}
