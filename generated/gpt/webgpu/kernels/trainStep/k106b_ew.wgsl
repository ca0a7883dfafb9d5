// kernel k106b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1011: array<f32>;
@group(0) @binding(3) var<storage, read> t1018: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1022: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k106b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_0_mlp_proj_w[i];
  let l716: f32 = t714[0i];
  let v1019: f32 = l16 * l716;
  let x1011: f32 = t1011[i];
  let x1018: f32 = t1018[i];
  let v1020: f32 = x1011 / x1018;
  let l720: f32 = t688[0i];
  let v1021: f32 = v1020 * l720;
  let v1022: f32 = v1019 - v1021;
  t1022[i] = v1022;
}
