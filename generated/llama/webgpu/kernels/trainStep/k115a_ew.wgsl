// kernel k115a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t495: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t730: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t734: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t737: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l726: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v728: f32 = l726 * 0.9f;
  let l495: f32 = t495[i];
  let l699: f32 = t628[0i];
  let v725: f32 = l495 * l699;
  let v729: f32 = v725 * 0.1f;
  let v730: f32 = v728 + v729;
  t730[i] = v730;
  let l727: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v731: f32 = l727 * 0.95f;
  let v732: f32 = v725 * v725;
  let v733: f32 = v732 * 0.05f;
  let v734: f32 = v731 + v733;
  t734[i] = v734;
  let v735: f32 = sqrt(v734);
  let l715: f32 = t638[0i];
  let v736: f32 = v735 / l715;
  let v737: f32 = v736 + 1e-8f;
  t737[i] = v737;
}
