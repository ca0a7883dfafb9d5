// kernel k126d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_local_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t949: array<f32>;
@group(0) @binding(3) var<storage, read> t956: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t960: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_local_wv_w[i];
  let l938: f32 = t687[0i];
  let v957: f32 = l13 * l938;
  let x949: f32 = t949[i];
  let x956: f32 = t956[i];
  let v958: f32 = x949 / x956;
  let l941: f32 = t661[0i];
  let v959: f32 = v958 * l941;
  let v960: f32 = v957 - v959;
  t960[i] = v960;
}
