// kernel k69_ew
@group(0) @binding(0) var<storage, read> t392: array<f32>;
@group(0) @binding(1) var<storage, read> t310: array<f32>;
@group(0) @binding(2) var<storage, read_write> t395: array<f32>;
@group(0) @binding(3) var<storage, read> t311: array<f32>;
@group(0) @binding(4) var<storage, read> t309: array<f32>;
@group(0) @binding(5) var<storage, read> t308: array<f32>;
@group(0) @binding(6) var<storage, read_write> t404: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k69_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l392: f32 = t392[i];
  let l310: f32 = t310[i];
  let v395: f32 = l392 * l310;
  t395[i] = v395;
  let l311: f32 = t311[i];
  let v394: f32 = l392 * l311;
  let l309: f32 = t309[i];
  let v398: f32 = v394 * l309;
  let l308: f32 = t308[i];
  let v399: f32 = v394 * l308;
  let v401: f32 = 1.0f - l309;
  let v402: f32 = l309 * v401;
  let v403: f32 = v399 * v402;
  let v404: f32 = v398 + v403;
  t404[i] = v404;
}
