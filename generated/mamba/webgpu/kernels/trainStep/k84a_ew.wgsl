// kernel k84a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t440: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t582: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t588: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t594: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l576: f32 = p_optim_m_tok_w[i];
  let v579: f32 = l576 * 0.9f;
  let l440: f32 = t440[i];
  let l574: f32 = t562[0i];
  let v575: f32 = l440 * l574;
  let v581: f32 = v575 * 0.1f;
  let v582: f32 = v579 + v581;
  t582[i] = v582;
  let l577: f32 = p_optim_v_tok_w[i];
  let v584: f32 = l577 * 0.95f;
  let v585: f32 = v575 * v575;
  let v587: f32 = v585 * 0.05f;
  let v588: f32 = v584 + v587;
  t588[i] = v588;
  let v589: f32 = sqrt(v588);
  let l591: f32 = t572[0i];
  let v592: f32 = v589 / l591;
  let v594: f32 = v592 + 1e-8f;
  t594[i] = v594;
}
