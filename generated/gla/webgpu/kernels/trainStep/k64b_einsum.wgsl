// kernel k64b_einsum
@group(0) @binding(0) var<storage, read> t399: array<f32>;
@group(0) @binding(1) var<storage, read> t395: array<f32>;
@group(0) @binding(2) var<storage, read> t266: array<f32>;
@group(0) @binding(3) var<storage, read> t270: array<f32>;
@group(0) @binding(4) var<storage, read> t269: array<f32>;
@group(0) @binding(5) var<storage, read> t268: array<f32>;
@group(0) @binding(6) var<storage, read_write> t406: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x399: f32 = t399[i];
  let x395: f32 = t395[i];
  let l266: f32 = t266[i];
  let v400: f32 = x395 * l266;
  let l270: f32 = t270[i];
  let v401: f32 = v400 * l270;
  let l269: f32 = t269[i];
  let v402: f32 = v401 / l269;
  let v403: f32 = -v402;
  let l268: f32 = t268[i];
  let v404: f32 = v403 * l268;
  let v405: f32 = -v404;
  let v406: f32 = x399 + v405;
  t406[i] = v406;
}
