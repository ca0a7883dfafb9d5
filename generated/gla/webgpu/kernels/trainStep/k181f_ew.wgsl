// kernel k181f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1270: array<f32>;
@group(0) @binding(3) var<storage, read> t1277: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1281: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_attn_wa1_w[i];
  let l991: f32 = t875[0i];
  let v1278: f32 = l20 * l991;
  let x1270: f32 = t1270[i];
  let x1277: f32 = t1277[i];
  let v1279: f32 = x1270 / x1277;
  let l994: f32 = t849[0i];
  let v1280: f32 = v1279 * l994;
  let v1281: f32 = v1278 - v1280;
  t1281[i] = v1281;
}
