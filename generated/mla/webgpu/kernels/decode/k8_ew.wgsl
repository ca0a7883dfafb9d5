// kernel k8_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t51: array<f32>;
@group(0) @binding(1) var<storage, read> t67: array<f32>;
@group(0) @binding(2) var<storage, read> t68: array<f32>;
@group(0) @binding(3) var<storage, read_write> t80: array<f32>;
@group(0) @binding(4) var<storage, read_write> t84: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l71: f32 = t51[16i + i / 4i * 24i + i % 4i * 2i];
    let l75: f32 = t67[i % 4i];
    let v76: f32 = l71 * l75;
    let l73: f32 = t51[17i + i / 4i * 24i + i % 4i * 2i];
    let l78: f32 = t68[i % 4i];
    let v79: f32 = l73 * l78;
    let v80: f32 = v76 - v79;
    t80[i] = v80;
    let v82: f32 = l71 * l78;
    let v83: f32 = l73 * l75;
    let v84: f32 = v82 + v83;
    t84[i] = v84;
  }
}
