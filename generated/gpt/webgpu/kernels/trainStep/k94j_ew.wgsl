// kernel k94j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1234: array<f32>;
@group(0) @binding(3) var<storage, read> t1241: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_mlp_proj_w[i];
  let l677: f32 = t675[0i];
  let v1242: f32 = l32 * l677;
  let x1234: f32 = t1234[i];
  let x1241: f32 = t1241[i];
  let v1243: f32 = x1234 / x1241;
  let l681: f32 = t649[0i];
  let v1244: f32 = v1243 * l681;
  let v1245: f32 = v1242 - v1244;
  t1245[i] = v1245;
}
