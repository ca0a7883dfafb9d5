// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t400: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t729: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t733: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t736: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l725: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v727: f32 = l725 * 0.9f;
  let l401: f32 = t400[i];
  let l655: f32 = t584[0i];
  let v724: f32 = l401 * l655;
  let v728: f32 = v724 * 0.1f;
  let v729: f32 = v727 + v728;
  t729[i] = v729;
  let l726: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v730: f32 = l726 * 0.95f;
  let v731: f32 = v724 * v724;
  let v732: f32 = v731 * 0.05f;
  let v733: f32 = v730 + v732;
  t733[i] = v733;
  let v734: f32 = sqrt(v733);
  let l671: f32 = t594[0i];
  let v735: f32 = v734 / l671;
  let v736: f32 = v735 + 1e-8f;
  t736[i] = v736;
}
