// kernel k110a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t473: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t602: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t608: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t614: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l596: f32 = p_optim_m_tok_w[i];
  let v599: f32 = l596 * 0.9f;
  let l473: f32 = t473[i];
  let l594: f32 = t582[0i];
  let v595: f32 = l473 * l594;
  let v601: f32 = v595 * 0.1f;
  let v602: f32 = v599 + v601;
  t602[i] = v602;
  let l597: f32 = p_optim_v_tok_w[i];
  let v604: f32 = l597 * 0.95f;
  let v605: f32 = v595 * v595;
  let v607: f32 = v605 * 0.05f;
  let v608: f32 = v604 + v607;
  t608[i] = v608;
  let v609: f32 = sqrt(v608);
  let l611: f32 = t592[0i];
  let v612: f32 = v609 / l611;
  let v614: f32 = v612 + 1e-8f;
  t614[i] = v614;
}
