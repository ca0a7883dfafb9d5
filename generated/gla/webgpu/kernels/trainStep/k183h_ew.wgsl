// kernel k183h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1452: array<f32>;
@group(0) @binding(3) var<storage, read> t1459: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1463: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_layers_1_mlp_w1_w[i];
  let l1199: f32 = t925[0i];
  let v1460: f32 = l28 * l1199;
  let x1452: f32 = t1452[i];
  let x1459: f32 = t1459[i];
  let v1461: f32 = x1452 / x1459;
  let l1202: f32 = t899[0i];
  let v1462: f32 = v1461 * l1202;
  let v1463: f32 = v1460 - v1462;
  t1463[i] = v1463;
}
