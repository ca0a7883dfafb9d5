// kernel k156d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1055: array<f32>;
@group(0) @binding(3) var<storage, read> t1066: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1072: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_mlp_w2_w[i];
  let l1067: f32 = t791[0i];
  let v1068: f32 = l11 * l1067;
  let x1055: f32 = t1055[i];
  let x1066: f32 = t1066[i];
  let v1069: f32 = x1055 / x1066;
  let l1070: f32 = t765[0i];
  let v1071: f32 = v1069 * l1070;
  let v1072: f32 = v1068 - v1071;
  t1072[i] = v1072;
}
