// kernel k180p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1253: array<f32>;
@group(0) @binding(3) var<storage, read> t1260: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1264: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wv_w[i];
  let l931: f32 = t875[0i];
  let v1261: f32 = l19 * l931;
  let x1253: f32 = t1253[i];
  let x1260: f32 = t1260[i];
  let v1262: f32 = x1253 / x1260;
  let l934: f32 = t849[0i];
  let v1263: f32 = v1262 * l934;
  let v1264: f32 = v1261 - v1263;
  t1264[i] = v1264;
}
