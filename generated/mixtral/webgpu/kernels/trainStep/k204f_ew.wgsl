// kernel k204f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1218: array<f32>;
@group(0) @binding(3) var<storage, read> t1225: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1229: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_moe_w3[i];
  let l1180: f32 = t993[0i];
  let v1226: f32 = l10 * l1180;
  let x1218: f32 = t1218[i];
  let x1225: f32 = t1225[i];
  let v1227: f32 = x1218 / x1225;
  let l1184: f32 = t967[0i];
  let v1228: f32 = v1227 * l1184;
  let v1229: f32 = v1226 - v1228;
  t1229[i] = v1229;
}
