// kernel k121b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1265: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1267: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_blocks_1_mlp_fc_b[i];
  let x1265: f32 = t1265[i];
  let l1003: f32 = t688[0i];
  let v1266: f32 = x1265 * l1003;
  let v1267: f32 = l31 - v1266;
  t1267[i] = v1267;
}
