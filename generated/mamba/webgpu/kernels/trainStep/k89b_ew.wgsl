// kernel k89b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_A_log: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read> t796: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t802: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mixer_A_log[i];
  let l797: f32 = t597[0i];
  let v798: f32 = l8 * l797;
  let x785: f32 = t785[i];
  let x796: f32 = t796[i];
  let v799: f32 = x785 / x796;
  let l800: f32 = t571[0i];
  let v801: f32 = v799 * l800;
  let v802: f32 = v798 - v801;
  t802[i] = v802;
}
