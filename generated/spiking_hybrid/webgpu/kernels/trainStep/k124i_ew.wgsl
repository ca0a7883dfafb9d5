// kernel k124i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_local_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t401: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t906: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_local_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t910: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t913: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l902: f32 = p_optim_m_layers_0_local_wq_w[i];
  let v904: f32 = l902 * 0.9f;
  let l401: f32 = t401[i];
  let l723: f32 = t652[0i];
  let v901: f32 = l401 * l723;
  let v905: f32 = v901 * 0.1f;
  let v906: f32 = v904 + v905;
  t906[i] = v906;
  let l903: f32 = p_optim_v_layers_0_local_wq_w[i];
  let v907: f32 = l903 * 0.95f;
  let v908: f32 = v901 * v901;
  let v909: f32 = v908 * 0.05f;
  let v910: f32 = v907 + v909;
  t910[i] = v910;
  let v911: f32 = sqrt(v910);
  let l739: f32 = t662[0i];
  let v912: f32 = v911 / l739;
  let v913: f32 = v912 + 1e-8f;
  t913[i] = v913;
}
