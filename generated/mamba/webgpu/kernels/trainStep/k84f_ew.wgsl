// kernel k84f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mixer_in_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t866: array<f32>;
@group(0) @binding(3) var<storage, read> t873: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t877: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_mixer_in_proj_w[i];
  let l653: f32 = t597[0i];
  let v874: f32 = l12 * l653;
  let x866: f32 = t866[i];
  let x873: f32 = t873[i];
  let v875: f32 = x866 / x873;
  let l656: f32 = t571[0i];
  let v876: f32 = v875 * l656;
  let v877: f32 = v874 - v876;
  t877[i] = v877;
}
