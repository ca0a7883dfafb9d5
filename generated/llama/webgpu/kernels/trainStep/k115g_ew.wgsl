// kernel k115g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t270: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t924: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t928: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t931: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l920: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v922: f32 = l920 * 0.9f;
  let l270: f32 = t270[i];
  let l750: f32 = t586[0i];
  let v919: f32 = l270 * l750;
  let v923: f32 = v919 * 0.1f;
  let v924: f32 = v922 + v923;
  t924[i] = v924;
  let l921: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v925: f32 = l921 * 0.95f;
  let v926: f32 = v919 * v919;
  let v927: f32 = v926 * 0.05f;
  let v928: f32 = v925 + v927;
  t928[i] = v928;
  let v929: f32 = sqrt(v928);
  let l766: f32 = t596[0i];
  let v930: f32 = v929 / l766;
  let v931: f32 = v930 + 1e-8f;
  t931[i] = v931;
}
