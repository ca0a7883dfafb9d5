// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t453: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t661: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t667: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t672: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l655: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v658: f32 = l655 * 0.9f;
  let l453: f32 = t453[i];
  let l653: f32 = t582[0i];
  let v654: f32 = l453 * l653;
  let v660: f32 = v654 * 0.1f;
  let v661: f32 = v658 + v660;
  t661[i] = v661;
  let l656: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v663: f32 = l656 * 0.95f;
  let v664: f32 = v654 * v654;
  let v666: f32 = v664 * 0.05f;
  let v667: f32 = v663 + v666;
  t667[i] = v667;
  let v668: f32 = sqrt(v667);
  let l669: f32 = t592[0i];
  let v670: f32 = v668 / l669;
  let v672: f32 = v670 + 1e-8f;
  t672[i] = v672;
}
