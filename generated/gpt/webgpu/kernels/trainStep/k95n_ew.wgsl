// kernel k95n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1070: array<f32>;
@group(0) @binding(3) var<storage, read> t1077: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1081: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_blocks_1_attn_wk_w[i];
  let l704: f32 = t675[0i];
  let v1078: f32 = l22 * l704;
  let x1070: f32 = t1070[i];
  let x1077: f32 = t1077[i];
  let v1079: f32 = x1070 / x1077;
  let l707: f32 = t649[0i];
  let v1080: f32 = v1079 * l707;
  let v1081: f32 = v1078 - v1080;
  t1081[i] = v1081;
}
