// kernel k110a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t475: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t604: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t610: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t616: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l598: f32 = p_optim_m_tok_w[i];
  let v601: f32 = l598 * 0.9f;
  let l475: f32 = t475[i];
  let l596: f32 = t584[0i];
  let v597: f32 = l475 * l596;
  let v603: f32 = v597 * 0.1f;
  let v604: f32 = v601 + v603;
  t604[i] = v604;
  let l599: f32 = p_optim_v_tok_w[i];
  let v606: f32 = l599 * 0.95f;
  let v607: f32 = v597 * v597;
  let v609: f32 = v607 * 0.05f;
  let v610: f32 = v606 + v609;
  t610[i] = v610;
  let v611: f32 = sqrt(v610);
  let l613: f32 = t594[0i];
  let v614: f32 = v611 / l613;
  let v616: f32 = v614 + 1e-8f;
  t616[i] = v616;
}
