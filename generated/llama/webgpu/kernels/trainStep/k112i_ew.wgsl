// kernel k112i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t335: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t826: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t830: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t833: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l822: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v824: f32 = l822 * 0.9f;
  let l335: f32 = t335[i];
  let l643: f32 = t572[0i];
  let v821: f32 = l335 * l643;
  let v825: f32 = v821 * 0.1f;
  let v826: f32 = v824 + v825;
  t826[i] = v826;
  let l823: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v827: f32 = l823 * 0.95f;
  let v828: f32 = v821 * v821;
  let v829: f32 = v828 * 0.05f;
  let v830: f32 = v827 + v829;
  t830[i] = v830;
  let v831: f32 = sqrt(v830);
  let l659: f32 = t582[0i];
  let v832: f32 = v831 / l659;
  let v833: f32 = v832 + 1e-8f;
  t833[i] = v833;
}
