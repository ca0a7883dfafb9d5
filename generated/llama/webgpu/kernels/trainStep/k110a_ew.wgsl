// kernel k110a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t463: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t592: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t598: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t604: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l586: f32 = p_optim_m_tok_w[i];
  let v589: f32 = l586 * 0.9f;
  let l463: f32 = t463[i];
  let l584: f32 = t572[0i];
  let v585: f32 = l463 * l584;
  let v591: f32 = v585 * 0.1f;
  let v592: f32 = v589 + v591;
  t592[i] = v592;
  let l587: f32 = p_optim_v_tok_w[i];
  let v594: f32 = l587 * 0.95f;
  let v595: f32 = v585 * v585;
  let v597: f32 = v595 * 0.05f;
  let v598: f32 = v594 + v597;
  t598[i] = v598;
  let v599: f32 = sqrt(v598);
  let l601: f32 = t582[0i];
  let v602: f32 = v599 / l601;
  let v604: f32 = v602 + 1e-8f;
  t604[i] = v604;
}
