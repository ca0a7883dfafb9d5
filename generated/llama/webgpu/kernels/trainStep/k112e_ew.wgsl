// kernel k112e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t435: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t691: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t695: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t698: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l687: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v689: f32 = l687 * 0.9f;
  let l435: f32 = t435[i];
  let l643: f32 = t572[0i];
  let v686: f32 = l435 * l643;
  let v690: f32 = v686 * 0.1f;
  let v691: f32 = v689 + v690;
  t691[i] = v691;
  let l688: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v692: f32 = l688 * 0.95f;
  let v693: f32 = v686 * v686;
  let v694: f32 = v693 * 0.05f;
  let v695: f32 = v692 + v694;
  t695[i] = v695;
  let v696: f32 = sqrt(v695);
  let l659: f32 = t582[0i];
  let v697: f32 = v696 / l659;
  let v698: f32 = v697 + 1e-8f;
  t698[i] = v698;
}
