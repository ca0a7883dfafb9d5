// kernel k120d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1131: array<f32>;
@group(0) @binding(3) var<storage, read> t1138: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1142: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_blocks_0_att_value_w[i];
  let l1120: f32 = t936[0i];
  let v1139: f32 = l11 * l1120;
  let x1131: f32 = t1131[i];
  let x1138: f32 = t1138[i];
  let v1140: f32 = x1131 / x1138;
  let l1123: f32 = t910[0i];
  let v1141: f32 = v1140 * l1123;
  let v1142: f32 = v1139 - v1141;
  t1142[i] = v1142;
}
