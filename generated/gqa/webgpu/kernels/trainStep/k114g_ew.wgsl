// kernel k114g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t270: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t931: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t935: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t938: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l927: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v929: f32 = l927 * 0.9f;
  let l270: f32 = t270[i];
  let l757: f32 = t584[0i];
  let v926: f32 = l270 * l757;
  let v930: f32 = v926 * 0.1f;
  let v931: f32 = v929 + v930;
  t931[i] = v931;
  let l928: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v932: f32 = l928 * 0.95f;
  let v933: f32 = v926 * v926;
  let v934: f32 = v933 * 0.05f;
  let v935: f32 = v932 + v934;
  t935[i] = v935;
  let v936: f32 = sqrt(v935);
  let l773: f32 = t594[0i];
  let v937: f32 = v936 / l773;
  let v938: f32 = v937 + 1e-8f;
  t938[i] = v938;
}
