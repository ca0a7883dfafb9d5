// kernel k112o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t288: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t887: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t891: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t894: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l883: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v885: f32 = l883 * 0.9f;
  let l289: f32 = t288[i];
  let l653: f32 = t582[0i];
  let v882: f32 = l289 * l653;
  let v886: f32 = v882 * 0.1f;
  let v887: f32 = v885 + v886;
  t887[i] = v887;
  let l884: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v888: f32 = l884 * 0.95f;
  let v889: f32 = v882 * v882;
  let v890: f32 = v889 * 0.05f;
  let v891: f32 = v888 + v890;
  t891[i] = v891;
  let v892: f32 = sqrt(v891);
  let l669: f32 = t592[0i];
  let v893: f32 = v892 / l669;
  let v894: f32 = v893 + 1e-8f;
  t894[i] = v894;
}
