// kernel k92f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t968: array<f32>;
@group(0) @binding(3) var<storage, read> t975: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t979: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_0_mlp_proj_w[i];
  let l673: f32 = t671[0i];
  let v976: f32 = l16 * l673;
  let x968: f32 = t968[i];
  let x975: f32 = t975[i];
  let v977: f32 = x968 / x975;
  let l677: f32 = t645[0i];
  let v978: f32 = v977 * l677;
  let v979: f32 = v976 - v978;
  t979[i] = v979;
}
