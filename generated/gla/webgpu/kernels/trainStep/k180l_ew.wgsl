// kernel k180l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1219: array<f32>;
@group(0) @binding(3) var<storage, read> t1226: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wq_w[i];
  let l931: f32 = t875[0i];
  let v1227: f32 = l17 * l931;
  let x1219: f32 = t1219[i];
  let x1226: f32 = t1226[i];
  let v1228: f32 = x1219 / x1226;
  let l934: f32 = t849[0i];
  let v1229: f32 = v1228 * l934;
  let v1230: f32 = v1227 - v1229;
  t1230[i] = v1230;
}
