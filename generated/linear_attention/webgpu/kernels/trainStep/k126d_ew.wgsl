// kernel k126d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t957: array<f32>;
@group(0) @binding(3) var<storage, read> t968: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t974: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_mlp_fc_w[i];
  let l969: f32 = t771[0i];
  let v970: f32 = l10 * l969;
  let x957: f32 = t957[i];
  let x968: f32 = t968[i];
  let v971: f32 = x957 / x968;
  let l972: f32 = t745[0i];
  let v973: f32 = v971 * l972;
  let v974: f32 = v970 - v973;
  t974[i] = v974;
}
