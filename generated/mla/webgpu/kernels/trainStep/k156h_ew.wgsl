// kernel k156h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1244: array<f32>;
@group(0) @binding(3) var<storage, read> t1251: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1255: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_layers_1_mlp_w1_w[i];
  let l1041: f32 = t791[0i];
  let v1252: f32 = l22 * l1041;
  let x1244: f32 = t1244[i];
  let x1251: f32 = t1251[i];
  let v1253: f32 = x1244 / x1251;
  let l1044: f32 = t765[0i];
  let v1254: f32 = v1253 * l1044;
  let v1255: f32 = v1252 - v1254;
  t1255[i] = v1255;
}
