// kernel k239b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1382: array<f32>;
@group(0) @binding(3) var<storage, read> t1393: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1399: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_0_moe_shared_mlp_w1_w[i];
  let l1394: f32 = t1146[0i];
  let v1395: f32 = l12 * l1394;
  let x1382: f32 = t1382[i];
  let x1393: f32 = t1393[i];
  let v1396: f32 = x1382 / x1393;
  let l1397: f32 = t1120[0i];
  let v1398: f32 = v1396 * l1397;
  let v1399: f32 = v1395 - v1398;
  t1399[i] = v1399;
}
