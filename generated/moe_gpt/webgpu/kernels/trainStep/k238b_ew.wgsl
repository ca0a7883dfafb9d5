// kernel k238b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1283: array<f32>;
@group(0) @binding(3) var<storage, read> t1294: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_moe_router_w[i];
  let l1295: f32 = t1146[0i];
  let v1296: f32 = l7 * l1295;
  let x1283: f32 = t1283[i];
  let x1294: f32 = t1294[i];
  let v1297: f32 = x1283 / x1294;
  let l1298: f32 = t1120[0i];
  let v1299: f32 = v1297 * l1298;
  let v1300: f32 = v1296 - v1299;
  t1300[i] = v1300;
}
