// kernel k239f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1431: array<f32>;
@group(0) @binding(3) var<storage, read> t1438: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1442: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_moe_shared_mlp_w3_w[i];
  let l1394: f32 = t1146[0i];
  let v1439: f32 = l14 * l1394;
  let x1431: f32 = t1431[i];
  let x1438: f32 = t1438[i];
  let v1440: f32 = x1431 / x1438;
  let l1397: f32 = t1120[0i];
  let v1441: f32 = v1440 * l1397;
  let v1442: f32 = v1439 - v1441;
  t1442[i] = v1442;
}
