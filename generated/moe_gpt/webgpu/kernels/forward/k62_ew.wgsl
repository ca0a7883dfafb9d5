// kernel k62_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> t288: array<f32>;
@group(0) @binding(2) var<storage, read_write> t289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l285: f32 = t285[i];
  let v286: f32 = 1.0f / (1.0f + exp(min(-l285, 88.0f)));
  let v287: f32 = l285 * v286;
  let l288: f32 = t288[i];
  let v289: f32 = v287 * l288;
  t289[i] = v289;
}
