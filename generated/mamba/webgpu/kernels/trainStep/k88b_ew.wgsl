// kernel k88b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_x_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t717: array<f32>;
@group(0) @binding(3) var<storage, read> t728: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t734: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k88b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_mixer_x_proj_w[i];
  let l729: f32 = t597[0i];
  let v730: f32 = l5 * l729;
  let x717: f32 = t717[i];
  let x728: f32 = t728[i];
  let v731: f32 = x717 / x728;
  let l732: f32 = t571[0i];
  let v733: f32 = v731 * l732;
  let v734: f32 = v730 - v733;
  t734[i] = v734;
}
