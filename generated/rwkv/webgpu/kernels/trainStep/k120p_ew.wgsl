// kernel k120p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1452: array<f32>;
@group(0) @binding(3) var<storage, read> t1459: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1463: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_blocks_1_att_receptance_w[i];
  let l1120: f32 = t936[0i];
  let v1460: f32 = l30 * l1120;
  let x1452: f32 = t1452[i];
  let x1459: f32 = t1459[i];
  let v1461: f32 = x1452 / x1459;
  let l1123: f32 = t910[0i];
  let v1462: f32 = v1461 * l1123;
  let v1463: f32 = v1460 - v1462;
  t1463[i] = v1463;
}
