// kernel k183l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1436: array<f32>;
@group(0) @binding(3) var<storage, read> t1443: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1447: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_layers_1_mlp_w3_w[i];
  let l1149: f32 = t875[0i];
  let v1444: f32 = l30 * l1149;
  let x1436: f32 = t1436[i];
  let x1443: f32 = t1443[i];
  let v1445: f32 = x1436 / x1443;
  let l1152: f32 = t849[0i];
  let v1446: f32 = v1445 * l1152;
  let v1447: f32 = v1444 - v1446;
  t1447[i] = v1447;
}
