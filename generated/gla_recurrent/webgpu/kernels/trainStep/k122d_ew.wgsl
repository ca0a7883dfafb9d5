// kernel k122d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1298: array<f32>;
@group(0) @binding(3) var<storage, read> t1309: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_head_w[i];
  let l1310: f32 = t701[0i];
  let v1311: f32 = l32 * l1310;
  let x1298: f32 = t1298[i];
  let x1309: f32 = t1309[i];
  let v1312: f32 = x1298 / x1309;
  let l1313: f32 = t675[0i];
  let v1314: f32 = v1312 * l1313;
  let v1315: f32 = v1311 - v1314;
  t1315[i] = v1315;
}
