// kernel k95d_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1223: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_blocks_1_mlp_fc_b[i];
  let x1223: f32 = t1223[i];
  let v1224: f32 = l31 - x1223;
  t1224[i] = v1224;
}
