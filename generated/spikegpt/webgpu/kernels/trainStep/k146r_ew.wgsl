// kernel k146r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1563: array<f32>;
@group(0) @binding(3) var<storage, read> t1570: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1574: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l31: f32 = p_blocks_1_att_output_w[i];
  let l1214: f32 = t1030[0i];
  let v1571: f32 = l31 * l1214;
  let x1563: f32 = t1563[i];
  let x1570: f32 = t1570[i];
  let v1572: f32 = x1563 / x1570;
  let l1217: f32 = t1004[0i];
  let v1573: f32 = v1572 * l1217;
  let v1574: f32 = v1571 - v1573;
  t1574[i] = v1574;
}
