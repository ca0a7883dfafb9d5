// kernel k238d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1548: array<f32>;
@group(0) @binding(3) var<storage, read> t1555: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1559: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_layers_1_moe_router_w[i];
  let l1295: f32 = t1146[0i];
  let v1556: f32 = l21 * l1295;
  let x1548: f32 = t1548[i];
  let x1555: f32 = t1555[i];
  let v1557: f32 = x1548 / x1555;
  let l1298: f32 = t1120[0i];
  let v1558: f32 = v1557 * l1298;
  let v1559: f32 = v1556 - v1558;
  t1559[i] = v1559;
}
