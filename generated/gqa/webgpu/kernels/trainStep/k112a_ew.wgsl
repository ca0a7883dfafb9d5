// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t608: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t614: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t620: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l602: f32 = p_optim_m_tok_w[i];
  let v605: f32 = l602 * 0.9f;
  let l479: f32 = t479[i];
  let l600: f32 = t588[0i];
  let v601: f32 = l479 * l600;
  let v607: f32 = v601 * 0.1f;
  let v608: f32 = v605 + v607;
  t608[i] = v608;
  let l603: f32 = p_optim_v_tok_w[i];
  let v610: f32 = l603 * 0.95f;
  let v611: f32 = v601 * v601;
  let v613: f32 = v611 * 0.05f;
  let v614: f32 = v610 + v613;
  t614[i] = v614;
  let v615: f32 = sqrt(v614);
  let l617: f32 = t598[0i];
  let v618: f32 = v615 / l617;
  let v620: f32 = v618 + 1e-8f;
  t620[i] = v620;
}
