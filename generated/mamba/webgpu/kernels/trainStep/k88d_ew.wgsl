// kernel k88d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_x_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t916: array<f32>;
@group(0) @binding(3) var<storage, read> t923: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t927: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k88d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_layers_1_mixer_x_proj_w[i];
  let l729: f32 = t597[0i];
  let v924: f32 = l15 * l729;
  let x916: f32 = t916[i];
  let x923: f32 = t923[i];
  let v925: f32 = x916 / x923;
  let l732: f32 = t571[0i];
  let v926: f32 = v925 * l732;
  let v927: f32 = v924 - v926;
  t927[i] = v927;
}
