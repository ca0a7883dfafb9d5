// kernel k120b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1108: array<f32>;
@group(0) @binding(3) var<storage, read> t1119: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1125: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_att_key_w[i];
  let l1120: f32 = t936[0i];
  let v1121: f32 = l10 * l1120;
  let x1108: f32 = t1108[i];
  let x1119: f32 = t1119[i];
  let v1122: f32 = x1108 / x1119;
  let l1123: f32 = t910[0i];
  let v1124: f32 = v1122 * l1123;
  let v1125: f32 = v1121 - v1124;
  t1125[i] = v1125;
}
