// kernel k7c_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t418: array<f32>;
@group(0) @binding(1) var<storage, read_write> t437: array<f32>;
@group(0) @binding(2) var<storage, read> t431: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7c_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 2i + 14i < 15i) {
    let l423: f32 = t418[i / 256i * 128i + i % 128i];
    t437[i / 256i * 2048i + (i / 128i % 2i + 14i) * 128i + i % 128i] = l423;
  } else {
    let l436: f32 = t431[i / 256i * 128i + i % 128i];
    t437[i / 256i * 2048i + (i / 128i % 2i + 14i) * 128i + i % 128i] = l436;
  }
}
