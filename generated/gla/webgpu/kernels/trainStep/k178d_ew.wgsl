// kernel k178d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1472: array<f32>;
@group(0) @binding(3) var<storage, read> t1483: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1489: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_head_w[i];
  let l1484: f32 = t875[0i];
  let v1485: f32 = l32 * l1484;
  let x1472: f32 = t1472[i];
  let x1483: f32 = t1483[i];
  let v1486: f32 = x1472 / x1483;
  let l1487: f32 = t849[0i];
  let v1488: f32 = v1486 * l1487;
  let v1489: f32 = v1485 - v1488;
  t1489[i] = v1489;
}
