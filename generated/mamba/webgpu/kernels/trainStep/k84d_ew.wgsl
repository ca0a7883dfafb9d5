// kernel k84d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_in_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t597: array<f32>;
@group(0) @binding(2) var<storage, read> t641: array<f32>;
@group(0) @binding(3) var<storage, read> t652: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read_write> t658: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_mixer_in_proj_w[i];
  let l653: f32 = t597[0i];
  let v654: f32 = l2 * l653;
  let x641: f32 = t641[i];
  let x652: f32 = t652[i];
  let v655: f32 = x641 / x652;
  let l656: f32 = t571[0i];
  let v657: f32 = v655 * l656;
  let v658: f32 = v654 - v657;
  t658[i] = v658;
}
