// kernel k116d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t795: array<f32>;
@group(0) @binding(3) var<storage, read> t806: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t812: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l807: f32 = t623[0i];
  let v808: f32 = l8 * l807;
  let x795: f32 = t795[i];
  let x806: f32 = t806[i];
  let v809: f32 = x795 / x806;
  let l810: f32 = t597[0i];
  let v811: f32 = v809 * l810;
  let v812: f32 = v808 - v811;
  t812[i] = v812;
}
