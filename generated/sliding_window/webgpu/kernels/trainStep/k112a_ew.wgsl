// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t455: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t663: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t669: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t674: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l657: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v660: f32 = l657 * 0.9f;
  let l455: f32 = t455[i];
  let l655: f32 = t584[0i];
  let v656: f32 = l455 * l655;
  let v662: f32 = v656 * 0.1f;
  let v663: f32 = v660 + v662;
  t663[i] = v663;
  let l658: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v665: f32 = l658 * 0.95f;
  let v666: f32 = v656 * v656;
  let v668: f32 = v666 * 0.05f;
  let v669: f32 = v665 + v668;
  t669[i] = v669;
  let v670: f32 = sqrt(v669);
  let l671: f32 = t594[0i];
  let v672: f32 = v670 / l671;
  let v674: f32 = v672 + 1e-8f;
  t674[i] = v674;
}
