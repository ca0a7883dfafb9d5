// kernel k201d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1453: array<f32>;
@group(0) @binding(3) var<storage, read> t1464: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1470: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_head_w[i];
  let l1465: f32 = t1024[0i];
  let v1466: f32 = l22 * l1465;
  let x1453: f32 = t1453[i];
  let x1464: f32 = t1464[i];
  let v1467: f32 = x1453 / x1464;
  let l1468: f32 = t998[0i];
  let v1469: f32 = v1467 * l1468;
  let v1470: f32 = v1466 - v1469;
  t1470[i] = v1470;
}
