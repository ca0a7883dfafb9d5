// kernel k120r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1469: array<f32>;
@group(0) @binding(3) var<storage, read> t1476: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1480: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_blocks_1_att_output_w[i];
  let l1120: f32 = t936[0i];
  let v1477: f32 = l31 * l1120;
  let x1469: f32 = t1469[i];
  let x1476: f32 = t1476[i];
  let v1478: f32 = x1469 / x1476;
  let l1123: f32 = t910[0i];
  let v1479: f32 = v1478 * l1123;
  let v1480: f32 = v1477 - v1479;
  t1480[i] = v1480;
}
