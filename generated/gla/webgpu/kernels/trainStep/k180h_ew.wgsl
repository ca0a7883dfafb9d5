// kernel k180h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1044: array<f32>;
@group(0) @binding(3) var<storage, read> t1051: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1055: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_attn_wr_w[i];
  let l931: f32 = t875[0i];
  let v1052: f32 = l8 * l931;
  let x1044: f32 = t1044[i];
  let x1051: f32 = t1051[i];
  let v1053: f32 = x1044 / x1051;
  let l934: f32 = t849[0i];
  let v1054: f32 = v1053 * l934;
  let v1055: f32 = v1052 - v1054;
  t1055[i] = v1055;
}
