// kernel k114g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t401: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t722: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t726: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t729: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l718: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v720: f32 = l718 * 0.9f;
  let l401: f32 = t401[i];
  let l657: f32 = t586[0i];
  let v717: f32 = l401 * l657;
  let v721: f32 = v717 * 0.1f;
  let v722: f32 = v720 + v721;
  t722[i] = v722;
  let l719: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v723: f32 = l719 * 0.95f;
  let v724: f32 = v717 * v717;
  let v725: f32 = v724 * 0.05f;
  let v726: f32 = v723 + v725;
  t726[i] = v726;
  let v727: f32 = sqrt(v726);
  let l673: f32 = t596[0i];
  let v728: f32 = v727 / l673;
  let v729: f32 = v728 + 1e-8f;
  t729[i] = v729;
}
