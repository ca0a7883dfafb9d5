// kernel k84e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_in_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t312: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t866: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mixer_in_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t870: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t873: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l862: f32 = p_optim_m_layers_1_mixer_in_proj_w[i];
  let v864: f32 = l862 * 0.9f;
  let l312: f32 = t312[i];
  let l633: f32 = t562[0i];
  let v861: f32 = l312 * l633;
  let v865: f32 = v861 * 0.1f;
  let v866: f32 = v864 + v865;
  t866[i] = v866;
  let l863: f32 = p_optim_v_layers_1_mixer_in_proj_w[i];
  let v867: f32 = l863 * 0.95f;
  let v868: f32 = v861 * v861;
  let v869: f32 = v868 * 0.05f;
  let v870: f32 = v867 + v869;
  t870[i] = v870;
  let v871: f32 = sqrt(v870);
  let l649: f32 = t572[0i];
  let v872: f32 = v871 / l649;
  let v873: f32 = v872 + 1e-8f;
  t873[i] = v873;
}
