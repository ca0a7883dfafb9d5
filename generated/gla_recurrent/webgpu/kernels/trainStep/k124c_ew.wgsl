// kernel k124c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t484: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t768: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t772: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t775: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l764: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v766: f32 = l764 * 0.9f;
  let l484: f32 = t484[i];
  let l737: f32 = t666[0i];
  let v763: f32 = l484 * l737;
  let v767: f32 = v763 * 0.1f;
  let v768: f32 = v766 + v767;
  t768[i] = v768;
  let l765: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v769: f32 = l765 * 0.95f;
  let v770: f32 = v763 * v763;
  let v771: f32 = v770 * 0.05f;
  let v772: f32 = v769 + v771;
  t772[i] = v772;
  let v773: f32 = sqrt(v772);
  let l753: f32 = t676[0i];
  let v774: f32 = v773 / l753;
  let v775: f32 = v774 + 1e-8f;
  t775[i] = v775;
}
