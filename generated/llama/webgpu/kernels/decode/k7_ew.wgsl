// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t34: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t67: array<f32>;
@group(0) @binding(4) var<storage, read_write> t71: array<f32>;
@group(0) @binding(5) var<storage, read> t37: array<f32>;
@group(0) @binding(6) var<storage, read_write> t81: array<f32>;
@group(0) @binding(7) var<storage, read_write> t85: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l58: f32 = t34[i * 2i];
    let l62: f32 = t54[i % 8i];
    let v63: f32 = l58 * l62;
    let l60: f32 = t34[1i + i * 2i];
    let l65: f32 = t55[i % 8i];
    let v66: f32 = l60 * l65;
    let v67: f32 = v63 - v66;
    t67[i] = v67;
    let v69: f32 = l58 * l65;
    let v70: f32 = l60 * l62;
    let v71: f32 = v69 + v70;
    t71[i] = v71;
    let l76: f32 = t37[i * 2i];
    let v79: f32 = l76 * l62;
    let l78: f32 = t37[1i + i * 2i];
    let v80: f32 = l78 * l65;
    let v81: f32 = v79 - v80;
    t81[i] = v81;
    let v83: f32 = l76 * l65;
    let v84: f32 = l78 * l62;
    let v85: f32 = v83 + v84;
    t85[i] = v85;
  }
}
