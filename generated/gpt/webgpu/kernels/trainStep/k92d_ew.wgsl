// kernel k92d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t921: array<f32>;
@group(0) @binding(3) var<storage, read> t932: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_blocks_0_mlp_fc_w[i];
  let l933: f32 = t671[0i];
  let v934: f32 = l14 * l933;
  let x921: f32 = t921[i];
  let x932: f32 = t932[i];
  let v935: f32 = x921 / x932;
  let l936: f32 = t645[0i];
  let v937: f32 = v935 * l936;
  let v938: f32 = v934 - v937;
  t938[i] = v938;
}
