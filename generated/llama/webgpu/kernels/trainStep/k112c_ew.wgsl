// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t439: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t674: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t678: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t681: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l670: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v672: f32 = l670 * 0.9f;
  let l439: f32 = t439[i];
  let l643: f32 = t572[0i];
  let v669: f32 = l439 * l643;
  let v673: f32 = v669 * 0.1f;
  let v674: f32 = v672 + v673;
  t674[i] = v674;
  let l671: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v675: f32 = l671 * 0.95f;
  let v676: f32 = v669 * v669;
  let v677: f32 = v676 * 0.05f;
  let v678: f32 = v675 + v677;
  t678[i] = v678;
  let v679: f32 = sqrt(v678);
  let l659: f32 = t582[0i];
  let v680: f32 = v679 / l659;
  let v681: f32 = v680 + 1e-8f;
  t681[i] = v681;
}
