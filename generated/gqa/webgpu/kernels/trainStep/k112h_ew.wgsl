// kernel k112h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t898: array<f32>;
@group(0) @binding(3) var<storage, read> t905: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t909: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l675: f32 = t619[0i];
  let v906: f32 = l14 * l675;
  let x898: f32 = t898[i];
  let x905: f32 = t905[i];
  let v907: f32 = x898 / x905;
  let l678: f32 = t593[0i];
  let v908: f32 = v907 * l678;
  let v909: f32 = v906 - v908;
  t909[i] = v909;
}
