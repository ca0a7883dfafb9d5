// kernel k23_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t135: array<f32>;
@group(0) @binding(1) var<storage, read> t96: array<f32>;
@group(0) @binding(2) var<storage, read_write> t144: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l140: f32 = t135[i];
    let l141: f32 = t96[128i + i];
    let v142: f32 = 1.0f / (1.0f + exp(min(-l141, 88.0f)));
    let v143: f32 = l141 * v142;
    let v144: f32 = l140 * v143;
    t144[i] = v144;
  }
}
