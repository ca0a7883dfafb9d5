// kernel k120n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1435: array<f32>;
@group(0) @binding(3) var<storage, read> t1442: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1446: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l29: f32 = p_blocks_1_att_value_w[i];
  let l1120: f32 = t936[0i];
  let v1443: f32 = l29 * l1120;
  let x1435: f32 = t1435[i];
  let x1442: f32 = t1442[i];
  let v1444: f32 = x1435 / x1442;
  let l1123: f32 = t910[0i];
  let v1445: f32 = v1444 * l1123;
  let v1446: f32 = v1443 - v1445;
  t1446[i] = v1446;
}
