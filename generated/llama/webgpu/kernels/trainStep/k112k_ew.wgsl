// kernel k112k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t331: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t843: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t847: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t850: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l839: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v841: f32 = l839 * 0.9f;
  let l331: f32 = t331[i];
  let l643: f32 = t572[0i];
  let v838: f32 = l331 * l643;
  let v842: f32 = v838 * 0.1f;
  let v843: f32 = v841 + v842;
  t843[i] = v843;
  let l840: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v844: f32 = l840 * 0.95f;
  let v845: f32 = v838 * v838;
  let v846: f32 = v845 * 0.05f;
  let v847: f32 = v844 + v846;
  t847[i] = v847;
  let v848: f32 = sqrt(v847);
  let l659: f32 = t582[0i];
  let v849: f32 = v848 / l659;
  let v850: f32 = v849 + 1e-8f;
  t850[i] = v850;
}
