// kernel k105b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1002: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1005: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_blocks_0_mlp_fc_b[i];
  let x1002: f32 = t1002[i];
  let l1003: f32 = t688[0i];
  let v1004: f32 = x1002 * l1003;
  let v1005: f32 = l15 - v1004;
  t1005[i] = v1005;
}
