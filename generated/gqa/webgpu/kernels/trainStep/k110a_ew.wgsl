// kernel k110a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t465: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t594: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t600: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t606: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l588: f32 = p_optim_m_tok_w[i];
  let v591: f32 = l588 * 0.9f;
  let l465: f32 = t465[i];
  let l586: f32 = t574[0i];
  let v587: f32 = l465 * l586;
  let v593: f32 = v587 * 0.1f;
  let v594: f32 = v591 + v593;
  t594[i] = v594;
  let l589: f32 = p_optim_v_tok_w[i];
  let v596: f32 = l589 * 0.95f;
  let v597: f32 = v587 * v587;
  let v599: f32 = v597 * 0.05f;
  let v600: f32 = v596 + v599;
  t600[i] = v600;
  let v601: f32 = sqrt(v600);
  let l603: f32 = t584[0i];
  let v604: f32 = v601 / l603;
  let v606: f32 = v604 + 1e-8f;
  t606[i] = v606;
}
