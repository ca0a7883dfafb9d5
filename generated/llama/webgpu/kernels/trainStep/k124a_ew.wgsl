// kernel k124a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t377: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t899: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t903: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t906: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l895: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v897: f32 = l895 * 0.9f;
  let l377: f32 = t377[i];
  let l699: f32 = t628[0i];
  let v894: f32 = l377 * l699;
  let v898: f32 = v894 * 0.1f;
  let v899: f32 = v897 + v898;
  t899[i] = v899;
  let l896: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v900: f32 = l896 * 0.95f;
  let v901: f32 = v894 * v894;
  let v902: f32 = v901 * 0.05f;
  let v903: f32 = v900 + v902;
  t903[i] = v903;
  let v904: f32 = sqrt(v903);
  let l715: f32 = t638[0i];
  let v905: f32 = v904 / l715;
  let v906: f32 = v905 + 1e-8f;
  t906[i] = v906;
}
