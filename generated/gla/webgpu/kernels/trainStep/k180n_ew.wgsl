// kernel k180n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1236: array<f32>;
@group(0) @binding(3) var<storage, read> t1243: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_attn_wk_w[i];
  let l931: f32 = t875[0i];
  let v1244: f32 = l18 * l931;
  let x1236: f32 = t1236[i];
  let x1243: f32 = t1243[i];
  let v1245: f32 = x1236 / x1243;
  let l934: f32 = t849[0i];
  let v1246: f32 = v1245 * l934;
  let v1247: f32 = v1244 - v1246;
  t1247[i] = v1247;
}
