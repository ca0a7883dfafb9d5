// kernel k112g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t398: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t718: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t722: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t725: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l714: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v716: f32 = l714 * 0.9f;
  let l399: f32 = t398[i];
  let l653: f32 = t582[0i];
  let v713: f32 = l399 * l653;
  let v717: f32 = v713 * 0.1f;
  let v718: f32 = v716 + v717;
  t718[i] = v718;
  let l715: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v719: f32 = l715 * 0.95f;
  let v720: f32 = v713 * v713;
  let v721: f32 = v720 * 0.05f;
  let v722: f32 = v719 + v721;
  t722[i] = v722;
  let v723: f32 = sqrt(v722);
  let l669: f32 = t592[0i];
  let v724: f32 = v723 / l669;
  let v725: f32 = v724 + 1e-8f;
  t725[i] = v725;
}
