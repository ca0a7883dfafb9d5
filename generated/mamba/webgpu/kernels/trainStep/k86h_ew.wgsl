// kernel k86h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_dt_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t933: array<f32>;
@group(0) @binding(3) var<storage, read> t940: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t944: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_mixer_dt_w[i];
  let l755: f32 = t597[0i];
  let v941: f32 = l16 * l755;
  let x933: f32 = t933[i];
  let x940: f32 = t940[i];
  let v942: f32 = x933 / x940;
  let l758: f32 = t571[0i];
  let v943: f32 = v942 * l758;
  let v944: f32 = v941 - v943;
  t944[i] = v944;
}
