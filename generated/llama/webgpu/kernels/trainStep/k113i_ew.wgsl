// kernel k113i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t247: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t927: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t931: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t934: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l923: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v925: f32 = l923 * 0.9f;
  let l247: f32 = t247[i];
  let l762: f32 = t572[0i];
  let v922: f32 = l247 * l762;
  let v926: f32 = v922 * 0.1f;
  let v927: f32 = v925 + v926;
  t927[i] = v927;
  let l924: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v928: f32 = l924 * 0.95f;
  let v929: f32 = v922 * v922;
  let v930: f32 = v929 * 0.05f;
  let v931: f32 = v928 + v930;
  t931[i] = v931;
  let v932: f32 = sqrt(v931);
  let l778: f32 = t582[0i];
  let v933: f32 = v932 / l778;
  let v934: f32 = v933 + 1e-8f;
  t934[i] = v934;
}
