// kernel k115g_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1448: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1450: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l41: f32 = p_blocks_1_mlp_proj_beta[i];
  let x1448: f32 = t1448[i];
  let l1106: f32 = t710[0i];
  let v1449: f32 = x1448 * l1106;
  let v1450: f32 = l41 - v1449;
  t1450[i] = v1450;
}
