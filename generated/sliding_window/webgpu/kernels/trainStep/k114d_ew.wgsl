// kernel k114d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t791: array<f32>;
@group(0) @binding(3) var<storage, read> t802: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t808: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l803: f32 = t619[0i];
  let v804: f32 = l8 * l803;
  let x791: f32 = t791[i];
  let x802: f32 = t802[i];
  let v805: f32 = x791 / x802;
  let l806: f32 = t593[0i];
  let v807: f32 = v805 * l806;
  let v808: f32 = v804 - v807;
  t808[i] = v808;
}
