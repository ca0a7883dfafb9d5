// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t477: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t606: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t612: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t618: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l600: f32 = p_optim_m_tok_w[i];
  let v603: f32 = l600 * 0.9f;
  let l477: f32 = t477[i];
  let l598: f32 = t586[0i];
  let v599: f32 = l477 * l598;
  let v605: f32 = v599 * 0.1f;
  let v606: f32 = v603 + v605;
  t606[i] = v606;
  let l601: f32 = p_optim_v_tok_w[i];
  let v608: f32 = l601 * 0.95f;
  let v609: f32 = v599 * v599;
  let v611: f32 = v609 * 0.05f;
  let v612: f32 = v608 + v611;
  t612[i] = v612;
  let v613: f32 = sqrt(v612);
  let l615: f32 = t596[0i];
  let v616: f32 = v613 / l615;
  let v618: f32 = v616 + 1e-8f;
  t618[i] = v618;
}
