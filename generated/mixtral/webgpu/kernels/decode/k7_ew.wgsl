// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t36: array<f32>;
@group(0) @binding(1) var<storage, read> t56: array<f32>;
@group(0) @binding(2) var<storage, read> t57: array<f32>;
@group(0) @binding(3) var<storage, read_write> t69: array<f32>;
@group(0) @binding(4) var<storage, read_write> t73: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l60: f32 = t36[i * 2i];
    let l64: f32 = t56[i % 8i];
    let v65: f32 = l60 * l64;
    let l62: f32 = t36[1i + i * 2i];
    let l67: f32 = t57[i % 8i];
    let v68: f32 = l62 * l67;
    let v69: f32 = v65 - v68;
    t69[i] = v69;
    let v71: f32 = l60 * l67;
    let v72: f32 = l62 * l64;
    let v73: f32 = v71 + v72;
    t73[i] = v73;
  }
}
