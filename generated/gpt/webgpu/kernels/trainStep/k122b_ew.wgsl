// kernel k122b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1273: array<f32>;
@group(0) @binding(3) var<storage, read> t1280: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1284: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_mlp_proj_w[i];
  let l716: f32 = t714[0i];
  let v1281: f32 = l32 * l716;
  let x1273: f32 = t1273[i];
  let x1280: f32 = t1280[i];
  let v1282: f32 = x1273 / x1280;
  let l720: f32 = t688[0i];
  let v1283: f32 = v1282 * l720;
  let v1284: f32 = v1281 - v1283;
  t1284[i] = v1284;
}
