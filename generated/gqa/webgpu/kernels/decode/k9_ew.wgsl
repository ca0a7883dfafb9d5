// kernel k9_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t37: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t83: array<f32>;
@group(0) @binding(4) var<storage, read_write> t87: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l76: f32 = t37[i * 2i];
    let l79: f32 = t54[i % 8i];
    let v80: f32 = l76 * l79;
    let l78: f32 = t37[1i + i * 2i];
    let l81: f32 = t55[i % 8i];
    let v82: f32 = l78 * l81;
    let v83: f32 = v80 - v82;
    t83[i] = v83;
    let v85: f32 = l76 * l81;
    let v86: f32 = l78 * l79;
    let v87: f32 = v85 + v86;
    t87[i] = v87;
  }
}
