// kernel k204b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1166: array<f32>;
@group(0) @binding(3) var<storage, read> t1178: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1186: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_moe_w1[i];
  let l1180: f32 = t993[0i];
  let v1181: f32 = l8 * l1180;
  let x1166: f32 = t1166[i];
  let x1178: f32 = t1178[i];
  let v1182: f32 = x1166 / x1178;
  let l1184: f32 = t967[0i];
  let v1185: f32 = v1182 * l1184;
  let v1186: f32 = v1181 - v1185;
  t1186[i] = v1186;
}
