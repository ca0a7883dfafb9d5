// kernel k9_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t39: array<f32>;
@group(0) @binding(1) var<storage, read> t56: array<f32>;
@group(0) @binding(2) var<storage, read> t57: array<f32>;
@group(0) @binding(3) var<storage, read_write> t85: array<f32>;
@group(0) @binding(4) var<storage, read_write> t89: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l78: f32 = t39[i * 2i];
    let l81: f32 = t56[i % 8i];
    let v82: f32 = l78 * l81;
    let l80: f32 = t39[1i + i * 2i];
    let l83: f32 = t57[i % 8i];
    let v84: f32 = l80 * l83;
    let v85: f32 = v82 - v84;
    t85[i] = v85;
    let v87: f32 = l78 * l83;
    let v88: f32 = l80 * l81;
    let v89: f32 = v87 + v88;
    t89[i] = v89;
  }
}
