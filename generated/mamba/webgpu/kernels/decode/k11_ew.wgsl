// kernel k11_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t75: array<f32>;
@group(0) @binding(1) var<storage, read> t36: array<f32>;
@group(0) @binding(2) var<storage, read_write> t84: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l80: f32 = t75[i];
    let l81: f32 = t36[128i + i];
    let v82: f32 = 1.0f / (1.0f + exp(min(-l81, 88.0f)));
    let v83: f32 = l81 * v82;
    let v84: f32 = l80 * v83;
    t84[i] = v84;
  }
}
