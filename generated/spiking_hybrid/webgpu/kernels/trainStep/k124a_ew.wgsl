// kernel k124a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_linear_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t523: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t731: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_linear_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t737: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t742: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l725: f32 = p_optim_m_layers_0_linear_wq_w[i];
  let v728: f32 = l725 * 0.9f;
  let l523: f32 = t523[i];
  let l723: f32 = t652[0i];
  let v724: f32 = l523 * l723;
  let v730: f32 = v724 * 0.1f;
  let v731: f32 = v728 + v730;
  t731[i] = v731;
  let l726: f32 = p_optim_v_layers_0_linear_wq_w[i];
  let v733: f32 = l726 * 0.95f;
  let v734: f32 = v724 * v724;
  let v736: f32 = v734 * 0.05f;
  let v737: f32 = v733 + v736;
  t737[i] = v737;
  let v738: f32 = sqrt(v737);
  let l739: f32 = t662[0i];
  let v740: f32 = v738 / l739;
  let v742: f32 = v740 + 1e-8f;
  t742[i] = v742;
}
