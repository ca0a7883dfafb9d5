// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t1109: array<f32>;
@group(0) @binding(3) var<storage, read> t1116: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1120: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_blocks_1_attn_wk_w[i];
  let l743: f32 = t714[0i];
  let v1117: f32 = l22 * l743;
  let x1109: f32 = t1109[i];
  let x1116: f32 = t1116[i];
  let v1118: f32 = x1109 / x1116;
  let l746: f32 = t688[0i];
  let v1119: f32 = v1118 * l746;
  let v1120: f32 = v1117 - v1119;
  t1120[i] = v1120;
}
