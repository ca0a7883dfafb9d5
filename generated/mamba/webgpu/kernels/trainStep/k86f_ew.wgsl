// kernel k86f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t883: array<f32>;
@group(0) @binding(3) var<storage, read> t890: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t894: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_mixer_conv_w[i];
  let l679: f32 = t597[0i];
  let v891: f32 = l13 * l679;
  let x883: f32 = t883[i];
  let x890: f32 = t890[i];
  let v892: f32 = x883 / x890;
  let l682: f32 = t571[0i];
  let v893: f32 = v892 * l682;
  let v894: f32 = v891 - v893;
  t894[i] = v894;
}
