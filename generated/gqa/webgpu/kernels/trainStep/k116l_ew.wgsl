// kernel k116l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t969: array<f32>;
@group(0) @binding(3) var<storage, read> t976: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t980: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_mlp_w3_w[i];
  let l781: f32 = t623[0i];
  let v977: f32 = l18 * l781;
  let x969: f32 = t969[i];
  let x976: f32 = t976[i];
  let v978: f32 = x969 / x976;
  let l784: f32 = t597[0i];
  let v979: f32 = v978 * l784;
  let v980: f32 = v977 - v979;
  t980[i] = v980;
}
