// kernel k204l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1386: array<f32>;
@group(0) @binding(3) var<storage, read> t1393: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1397: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_moe_w3[i];
  let l1180: f32 = t993[0i];
  let v1394: f32 = l20 * l1180;
  let x1386: f32 = t1386[i];
  let x1393: f32 = t1393[i];
  let v1395: f32 = x1386 / x1393;
  let l1184: f32 = t967[0i];
  let v1396: f32 = v1395 * l1184;
  let v1397: f32 = v1394 - v1396;
  t1397[i] = v1397;
}
