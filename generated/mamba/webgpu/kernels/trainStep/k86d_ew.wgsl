// kernel k86d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_dt_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t743: array<f32>;
@group(0) @binding(3) var<storage, read> t754: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t760: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_layers_0_mixer_dt_w[i];
  let l755: f32 = t597[0i];
  let v756: f32 = l6 * l755;
  let x743: f32 = t743[i];
  let x754: f32 = t754[i];
  let v757: f32 = x743 / x754;
  let l758: f32 = t571[0i];
  let v759: f32 = v757 * l758;
  let v760: f32 = v756 - v759;
  t760[i] = v760;
}
