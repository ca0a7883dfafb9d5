// kernel k114j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t938: array<f32>;
@group(0) @binding(3) var<storage, read> t945: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t949: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l793: f32 = t609[0i];
  let v946: f32 = l17 * l793;
  let x938: f32 = t938[i];
  let x945: f32 = t945[i];
  let v947: f32 = x938 / x945;
  let l796: f32 = t583[0i];
  let v948: f32 = v947 * l796;
  let v949: f32 = v946 - v948;
  t949[i] = v949;
}
