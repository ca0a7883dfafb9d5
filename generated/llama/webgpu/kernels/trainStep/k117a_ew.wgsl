// kernel k117a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t436: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t764: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t768: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t771: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l760: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v762: f32 = l760 * 0.9f;
  let l436: f32 = t436[i];
  let l699: f32 = t628[0i];
  let v759: f32 = l436 * l699;
  let v763: f32 = v759 * 0.1f;
  let v764: f32 = v762 + v763;
  t764[i] = v764;
  let l761: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v765: f32 = l761 * 0.95f;
  let v766: f32 = v759 * v759;
  let v767: f32 = v766 * 0.05f;
  let v768: f32 = v765 + v767;
  t768[i] = v768;
  let v769: f32 = sqrt(v768);
  let l715: f32 = t638[0i];
  let v770: f32 = v769 / l715;
  let v771: f32 = v770 + 1e-8f;
  t771[i] = v771;
}
