// kernel k197l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1343: array<f32>;
@group(0) @binding(3) var<storage, read> t1350: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1354: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_blocks_1_attn_wq_w[i];
  let l1050: f32 = t1021[0i];
  let v1351: f32 = l18 * l1050;
  let x1343: f32 = t1343[i];
  let x1350: f32 = t1350[i];
  let v1352: f32 = x1343 / x1350;
  let l1053: f32 = t995[0i];
  let v1353: f32 = v1352 * l1053;
  let v1354: f32 = v1351 - v1353;
  t1354[i] = v1354;
}
