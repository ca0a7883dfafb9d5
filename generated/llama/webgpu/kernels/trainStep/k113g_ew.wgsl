// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t260: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t910: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t914: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t917: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l906: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v908: f32 = l906 * 0.9f;
  let l260: f32 = t260[i];
  let l736: f32 = t572[0i];
  let v905: f32 = l260 * l736;
  let v909: f32 = v905 * 0.1f;
  let v910: f32 = v908 + v909;
  t910[i] = v910;
  let l907: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v911: f32 = l907 * 0.95f;
  let v912: f32 = v905 * v905;
  let v913: f32 = v912 * 0.05f;
  let v914: f32 = v911 + v913;
  t914[i] = v914;
  let v915: f32 = sqrt(v914);
  let l752: f32 = t582[0i];
  let v916: f32 = v915 / l752;
  let v917: f32 = v916 + 1e-8f;
  t917[i] = v917;
}
