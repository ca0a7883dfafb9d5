// kernel k199d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1422: array<f32>;
@group(0) @binding(3) var<storage, read> t1433: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1439: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_head_w[i];
  let l1434: f32 = t993[0i];
  let v1435: f32 = l22 * l1434;
  let x1422: f32 = t1422[i];
  let x1433: f32 = t1433[i];
  let v1436: f32 = x1422 / x1433;
  let l1437: f32 = t967[0i];
  let v1438: f32 = v1436 * l1437;
  let v1439: f32 = v1435 - v1438;
  t1439[i] = v1439;
}
