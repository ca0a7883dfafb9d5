// kernel k124e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_linear_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t513: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t771: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_linear_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t775: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t778: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l767: f32 = p_optim_m_layers_0_linear_wv_w[i];
  let v769: f32 = l767 * 0.9f;
  let l513: f32 = t513[i];
  let l723: f32 = t652[0i];
  let v766: f32 = l513 * l723;
  let v770: f32 = v766 * 0.1f;
  let v771: f32 = v769 + v770;
  t771[i] = v771;
  let l768: f32 = p_optim_v_layers_0_linear_wv_w[i];
  let v772: f32 = l768 * 0.95f;
  let v773: f32 = v766 * v766;
  let v774: f32 = v773 * 0.05f;
  let v775: f32 = v772 + v774;
  t775[i] = v775;
  let v776: f32 = sqrt(v775);
  let l739: f32 = t662[0i];
  let v777: f32 = v776 / l739;
  let v778: f32 = v777 + 1e-8f;
  t778[i] = v778;
}
