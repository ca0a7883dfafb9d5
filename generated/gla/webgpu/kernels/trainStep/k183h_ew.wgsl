// kernel k183h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1402: array<f32>;
@group(0) @binding(3) var<storage, read> t1409: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1413: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_layers_1_mlp_w1_w[i];
  let l1149: f32 = t875[0i];
  let v1410: f32 = l28 * l1149;
  let x1402: f32 = t1402[i];
  let x1409: f32 = t1409[i];
  let v1411: f32 = x1402 / x1409;
  let l1152: f32 = t849[0i];
  let v1412: f32 = v1411 * l1152;
  let v1413: f32 = v1410 - v1412;
  t1413[i] = v1413;
}
