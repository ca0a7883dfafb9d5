// kernel k95l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1037: array<f32>;
@group(0) @binding(3) var<storage, read> t1044: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1048: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_blocks_1_attn_wq_w[i];
  let l704: f32 = t675[0i];
  let v1045: f32 = l20 * l704;
  let x1037: f32 = t1037[i];
  let x1044: f32 = t1044[i];
  let v1046: f32 = x1037 / x1044;
  let l707: f32 = t649[0i];
  let v1047: f32 = v1046 * l707;
  let v1048: f32 = v1045 - v1047;
  t1048[i] = v1048;
}
