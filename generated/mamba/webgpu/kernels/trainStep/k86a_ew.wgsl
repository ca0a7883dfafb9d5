// kernel k86a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t446: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t667: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t673: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t678: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l661: f32 = p_optim_m_layers_0_mixer_conv_w[i];
  let v664: f32 = l661 * 0.9f;
  let l446: f32 = t446[i];
  let l659: f32 = t562[0i];
  let v660: f32 = l446 * l659;
  let v666: f32 = v660 * 0.1f;
  let v667: f32 = v664 + v666;
  t667[i] = v667;
  let l662: f32 = p_optim_v_layers_0_mixer_conv_w[i];
  let v669: f32 = l662 * 0.95f;
  let v670: f32 = v660 * v660;
  let v672: f32 = v670 * 0.05f;
  let v673: f32 = v669 + v672;
  t673[i] = v673;
  let v674: f32 = sqrt(v673);
  let l675: f32 = t572[0i];
  let v676: f32 = v674 / l675;
  let v678: f32 = v676 + 1e-8f;
  t678[i] = v678;
}
