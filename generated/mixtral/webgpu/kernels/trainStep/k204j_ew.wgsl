// kernel k204j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1369: array<f32>;
@group(0) @binding(3) var<storage, read> t1376: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1380: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_moe_w2[i];
  let l1207: f32 = t993[0i];
  let v1377: f32 = l19 * l1207;
  let x1369: f32 = t1369[i];
  let x1376: f32 = t1376[i];
  let v1378: f32 = x1369 / x1376;
  let l1210: f32 = t967[0i];
  let v1379: f32 = v1378 * l1210;
  let v1380: f32 = v1377 - v1379;
  t1380[i] = v1380;
}
