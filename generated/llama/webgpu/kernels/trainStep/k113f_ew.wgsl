// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t793: array<f32>;
@group(0) @binding(3) var<storage, read> t800: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t804: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l9: f32 = p_layers_0_mlp_w3_w[i];
  let l756: f32 = t607[0i];
  let v801: f32 = l9 * l756;
  let x793: f32 = t793[i];
  let x800: f32 = t800[i];
  let v802: f32 = x793 / x800;
  let l759: f32 = t581[0i];
  let v803: f32 = v802 * l759;
  let v804: f32 = v801 - v803;
  t804[i] = v804;
}
