// kernel k116h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t935: array<f32>;
@group(0) @binding(3) var<storage, read> t942: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t946: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mlp_w1_w[i];
  let l781: f32 = t623[0i];
  let v943: f32 = l16 * l781;
  let x935: f32 = t935[i];
  let x942: f32 = t942[i];
  let v944: f32 = x935 / x942;
  let l784: f32 = t597[0i];
  let v945: f32 = v944 * l784;
  let v946: f32 = v943 - v945;
  t946[i] = v946;
}
