// kernel k90a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t510: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t699: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t705: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t711: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k90a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l693: f32 = p_optim_m_wte_w[i];
  let v696: f32 = l693 * 0.9f;
  let l510: f32 = t510[i];
  let l691: f32 = t679[0i];
  let v692: f32 = l510 * l691;
  let v698: f32 = v692 * 0.1f;
  let v699: f32 = v696 + v698;
  t699[i] = v699;
  let l694: f32 = p_optim_v_wte_w[i];
  let v701: f32 = l694 * 0.95f;
  let v702: f32 = v692 * v692;
  let v704: f32 = v702 * 0.05f;
  let v705: f32 = v701 + v704;
  t705[i] = v705;
  let v706: f32 = sqrt(v705);
  let l708: f32 = t689[0i];
  let v709: f32 = v706 / l708;
  let v711: f32 = v709 + 1e-8f;
  t711[i] = v711;
}
