// kernel k112g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t282: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t888: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t892: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t895: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l884: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v886: f32 = l884 * 0.9f;
  let l283: f32 = t282[i];
  let l645: f32 = t574[0i];
  let v883: f32 = l283 * l645;
  let v887: f32 = v883 * 0.1f;
  let v888: f32 = v886 + v887;
  t888[i] = v888;
  let l885: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v889: f32 = l885 * 0.95f;
  let v890: f32 = v883 * v883;
  let v891: f32 = v890 * 0.05f;
  let v892: f32 = v889 + v891;
  t892[i] = v892;
  let v893: f32 = sqrt(v892);
  let l661: f32 = t584[0i];
  let v894: f32 = v893 / l661;
  let v895: f32 = v894 + 1e-8f;
  t895[i] = v895;
}
