// kernel k92j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t1230: array<f32>;
@group(0) @binding(3) var<storage, read> t1237: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_mlp_proj_w[i];
  let l673: f32 = t671[0i];
  let v1238: f32 = l32 * l673;
  let x1230: f32 = t1230[i];
  let x1237: f32 = t1237[i];
  let v1239: f32 = x1230 / x1237;
  let l677: f32 = t645[0i];
  let v1240: f32 = v1239 * l677;
  let v1241: f32 = v1238 - v1240;
  t1241[i] = v1241;
}
