// kernel k120f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1148: array<f32>;
@group(0) @binding(3) var<storage, read> t1155: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_blocks_0_att_receptance_w[i];
  let l1120: f32 = t936[0i];
  let v1156: f32 = l12 * l1120;
  let x1148: f32 = t1148[i];
  let x1155: f32 = t1155[i];
  let v1157: f32 = x1148 / x1155;
  let l1123: f32 = t910[0i];
  let v1158: f32 = v1157 * l1123;
  let v1159: f32 = v1156 - v1158;
  t1159[i] = v1159;
}
