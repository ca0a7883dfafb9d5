// kernel k116j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t952: array<f32>;
@group(0) @binding(3) var<storage, read> t959: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t963: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_mlp_w2_w[i];
  let l807: f32 = t623[0i];
  let v960: f32 = l17 * l807;
  let x952: f32 = t952[i];
  let x959: f32 = t959[i];
  let v961: f32 = x952 / x959;
  let l810: f32 = t597[0i];
  let v962: f32 = v961 * l810;
  let v963: f32 = v960 - v962;
  t963[i] = v963;
}
