// kernel k6c_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t414: array<f32>;
@group(0) @binding(1) var<storage, read_write> t433: array<f32>;
@group(0) @binding(2) var<storage, read> t427: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6c_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 2i + 14i < 15i) {
    let l419: f32 = t414[i / 256i * 128i + i % 128i];
    t433[i / 256i * 2048i + (i / 128i % 2i + 14i) * 128i + i % 128i] = l419;
  } else {
    let l432: f32 = t427[i / 256i * 128i + i % 128i];
    t433[i / 256i * 2048i + (i / 128i % 2i + 14i) * 128i + i % 128i] = l432;
  }
}
