// kernel k150a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t604: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t835: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t841: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t846: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l829: f32 = p_optim_m_layers_0_attn_wq_a_w[i];
  let v832: f32 = l829 * 0.9f;
  let l604: f32 = t604[i];
  let l827: f32 = t756[0i];
  let v828: f32 = l604 * l827;
  let v834: f32 = v828 * 0.1f;
  let v835: f32 = v832 + v834;
  t835[i] = v835;
  let l830: f32 = p_optim_v_layers_0_attn_wq_a_w[i];
  let v837: f32 = l830 * 0.95f;
  let v838: f32 = v828 * v828;
  let v840: f32 = v838 * 0.05f;
  let v841: f32 = v837 + v840;
  t841[i] = v841;
  let v842: f32 = sqrt(v841);
  let l843: f32 = t766[0i];
  let v844: f32 = v842 / l843;
  let v846: f32 = v844 + 1e-8f;
  t846[i] = v846;
}
