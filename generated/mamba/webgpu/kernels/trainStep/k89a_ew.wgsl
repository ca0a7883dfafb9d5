// kernel k89a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_A_log: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t785: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_A_log: array<f32>;
@group(0) @binding(5) var<storage, read_write> t791: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t796: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l779: f32 = p_optim_m_layers_0_mixer_A_log[i];
  let v782: f32 = l779 * 0.9f;
  let l370: f32 = t370[i];
  let l777: f32 = t562[0i];
  let v778: f32 = l370 * l777;
  let v784: f32 = v778 * 0.1f;
  let v785: f32 = v782 + v784;
  t785[i] = v785;
  let l780: f32 = p_optim_v_layers_0_mixer_A_log[i];
  let v787: f32 = l780 * 0.95f;
  let v788: f32 = v778 * v778;
  let v790: f32 = v788 * 0.05f;
  let v791: f32 = v787 + v790;
  t791[i] = v791;
  let v792: f32 = sqrt(v791);
  let l793: f32 = t572[0i];
  let v794: f32 = v792 / l793;
  let v796: f32 = v794 + 1e-8f;
  t796[i] = v796;
}
