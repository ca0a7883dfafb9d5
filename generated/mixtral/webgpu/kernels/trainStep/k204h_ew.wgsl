// kernel k204h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1352: array<f32>;
@group(0) @binding(3) var<storage, read> t1359: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1363: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_moe_w1[i];
  let l1180: f32 = t993[0i];
  let v1360: f32 = l18 * l1180;
  let x1352: f32 = t1352[i];
  let x1359: f32 = t1359[i];
  let v1361: f32 = x1352 / x1359;
  let l1184: f32 = t967[0i];
  let v1362: f32 = v1361 * l1184;
  let v1363: f32 = v1360 - v1362;
  t1363[i] = v1363;
}
