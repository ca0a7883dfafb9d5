// kernel k88a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_x_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t381: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t717: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_x_proj_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t723: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t728: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k88a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l711: f32 = p_optim_m_layers_0_mixer_x_proj_w[i];
  let v714: f32 = l711 * 0.9f;
  let l381: f32 = t381[i];
  let l709: f32 = t562[0i];
  let v710: f32 = l381 * l709;
  let v716: f32 = v710 * 0.1f;
  let v717: f32 = v714 + v716;
  t717[i] = v717;
  let l712: f32 = p_optim_v_layers_0_mixer_x_proj_w[i];
  let v719: f32 = l712 * 0.95f;
  let v720: f32 = v710 * v710;
  let v722: f32 = v720 * 0.05f;
  let v723: f32 = v719 + v722;
  t723[i] = v723;
  let v724: f32 = sqrt(v723);
  let l725: f32 = t572[0i];
  let v726: f32 = v724 / l725;
  let v728: f32 = v726 + 1e-8f;
  t728[i] = v728;
}
