// kernel k148d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1314: array<f32>;
@group(0) @binding(3) var<storage, read> t1325: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1331: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_head_w[i];
  let l1326: f32 = t791[0i];
  let v1327: f32 = l26 * l1326;
  let x1314: f32 = t1314[i];
  let x1325: f32 = t1325[i];
  let v1328: f32 = x1314 / x1325;
  let l1329: f32 = t765[0i];
  let v1330: f32 = v1328 * l1329;
  let v1331: f32 = v1327 - v1330;
  t1331[i] = v1331;
}
