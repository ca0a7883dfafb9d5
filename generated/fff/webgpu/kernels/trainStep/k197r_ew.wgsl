// kernel k197r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1442: array<f32>;
@group(0) @binding(3) var<storage, read> t1449: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1453: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_blocks_1_attn_wo_w[i];
  let l1050: f32 = t1021[0i];
  let v1450: f32 = l24 * l1050;
  let x1442: f32 = t1442[i];
  let x1449: f32 = t1449[i];
  let v1451: f32 = x1442 / x1449;
  let l1053: f32 = t995[0i];
  let v1452: f32 = v1451 * l1053;
  let v1453: f32 = v1450 - v1452;
  t1453[i] = v1453;
}
