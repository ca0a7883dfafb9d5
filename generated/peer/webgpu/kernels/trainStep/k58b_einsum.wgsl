// kernel k58b_einsum
@group(0) @binding(0) var<storage, read> t356: array<f32>;
@group(0) @binding(1) var<storage, read> t258: array<f32>;
@group(0) @binding(2) var<storage, read> t259: array<f32>;
@group(0) @binding(3) var<storage, read> t365: array<f32>;
@group(0) @binding(4) var<storage, read_write> t375: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x356: f32 = t356[i];
  let l258: f32 = t258[i];
  let v366: f32 = x356 * l258;
  let l259: f32 = t259[i];
  let v367: f32 = l259 * l259;
  let v368: f32 = -v367;
  let v369: f32 = exp(v368);
  let v371: f32 = v369 * 1.1283792f;
  let v372: f32 = v366 * v371;
  let v373: f32 = v372 * 0.70710677f;
  let x365: f32 = t365[i];
  let v374: f32 = x365 * 0.5f;
  let v375: f32 = v373 + v374;
  t375[i] = v375;
}
