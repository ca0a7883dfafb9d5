// kernel k84c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_in_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t422: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t641: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_in_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t647: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t652: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l635: f32 = p_optim_m_layers_0_mixer_in_proj_w[i];
  let v638: f32 = l635 * 0.9f;
  let l422: f32 = t422[i];
  let l633: f32 = t562[0i];
  let v634: f32 = l422 * l633;
  let v640: f32 = v634 * 0.1f;
  let v641: f32 = v638 + v640;
  t641[i] = v641;
  let l636: f32 = p_optim_v_layers_0_mixer_in_proj_w[i];
  let v643: f32 = l636 * 0.95f;
  let v644: f32 = v634 * v634;
  let v646: f32 = v644 * 0.05f;
  let v647: f32 = v643 + v646;
  t647[i] = v647;
  let v648: f32 = sqrt(v647);
  let l649: f32 = t572[0i];
  let v650: f32 = v648 / l649;
  let v652: f32 = v650 + 1e-8f;
  t652[i] = v652;
}
