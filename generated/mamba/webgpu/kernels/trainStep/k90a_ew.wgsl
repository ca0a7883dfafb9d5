// kernel k90a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_out_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t331: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t827: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_out_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t833: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t838: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k90a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l821: f32 = p_optim_m_layers_0_mixer_out_proj_w[i];
  let v824: f32 = l821 * 0.9f;
  let l331: f32 = t331[i];
  let l819: f32 = t562[0i];
  let v820: f32 = l331 * l819;
  let v826: f32 = v820 * 0.1f;
  let v827: f32 = v824 + v826;
  t827[i] = v827;
  let l822: f32 = p_optim_v_layers_0_mixer_out_proj_w[i];
  let v829: f32 = l822 * 0.95f;
  let v830: f32 = v820 * v820;
  let v832: f32 = v830 * 0.05f;
  let v833: f32 = v829 + v832;
  t833[i] = v833;
  let v834: f32 = sqrt(v833);
  let l835: f32 = t572[0i];
  let v836: f32 = v834 / l835;
  let v838: f32 = v836 + 1e-8f;
  t838[i] = v838;
}
