// kernel k112m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t327: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t860: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t864: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t867: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l856: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v858: f32 = l856 * 0.9f;
  let l327: f32 = t327[i];
  let l643: f32 = t572[0i];
  let v855: f32 = l327 * l643;
  let v859: f32 = v855 * 0.1f;
  let v860: f32 = v858 + v859;
  t860[i] = v860;
  let l857: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v861: f32 = l857 * 0.95f;
  let v862: f32 = v855 * v855;
  let v863: f32 = v862 * 0.05f;
  let v864: f32 = v861 + v863;
  t864[i] = v864;
  let v865: f32 = sqrt(v864);
  let l659: f32 = t582[0i];
  let v866: f32 = v865 / l659;
  let v867: f32 = v866 + 1e-8f;
  t867[i] = v867;
}
