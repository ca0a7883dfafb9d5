// kernel k146p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1546: array<f32>;
@group(0) @binding(3) var<storage, read> t1553: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1557: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_blocks_1_att_receptance_w[i];
  let l1214: f32 = t1030[0i];
  let v1554: f32 = l30 * l1214;
  let x1546: f32 = t1546[i];
  let x1553: f32 = t1553[i];
  let v1555: f32 = x1546 / x1553;
  let l1217: f32 = t1004[0i];
  let v1556: f32 = v1555 * l1217;
  let v1557: f32 = v1554 - v1556;
  t1557[i] = v1557;
}
