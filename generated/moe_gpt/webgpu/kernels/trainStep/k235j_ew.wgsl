// kernel k235j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1565: array<f32>;
@group(0) @binding(3) var<storage, read> t1572: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1576: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_layers_1_moe_w1[i];
  let l1324: f32 = t1146[0i];
  let v1573: f32 = l23 * l1324;
  let x1565: f32 = t1565[i];
  let x1572: f32 = t1572[i];
  let v1574: f32 = x1565 / x1572;
  let l1328: f32 = t1120[0i];
  let v1575: f32 = v1574 * l1328;
  let v1576: f32 = v1573 - v1575;
  t1576[i] = v1576;
}
