// kernel k205d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1366: array<f32>;
@group(0) @binding(3) var<storage, read> t1373: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1377: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k205d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_moe_router_w[i];
  let l1182: f32 = t1024[0i];
  let v1374: f32 = l17 * l1182;
  let x1366: f32 = t1366[i];
  let x1373: f32 = t1373[i];
  let v1375: f32 = x1366 / x1373;
  let l1185: f32 = t998[0i];
  let v1376: f32 = v1375 * l1185;
  let v1377: f32 = v1374 - v1376;
  t1377[i] = v1377;
}
