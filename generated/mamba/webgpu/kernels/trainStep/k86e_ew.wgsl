// kernel k86e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t443: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t883: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t887: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t890: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l879: f32 = p_optim_m_layers_1_mixer_conv_w[i];
  let v881: f32 = l879 * 0.9f;
  let l443: f32 = t443[i];
  let l659: f32 = t562[0i];
  let v878: f32 = l443 * l659;
  let v882: f32 = v878 * 0.1f;
  let v883: f32 = v881 + v882;
  t883[i] = v883;
  let l880: f32 = p_optim_v_layers_1_mixer_conv_w[i];
  let v884: f32 = l880 * 0.95f;
  let v885: f32 = v878 * v878;
  let v886: f32 = v885 * 0.05f;
  let v887: f32 = v884 + v886;
  t887[i] = v887;
  let v888: f32 = sqrt(v887);
  let l675: f32 = t572[0i];
  let v889: f32 = v888 / l675;
  let v890: f32 = v889 + 1e-8f;
  t890[i] = v890;
}
