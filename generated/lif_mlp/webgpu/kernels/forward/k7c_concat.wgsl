// kernel k7c_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t296: array<f32>;
@group(0) @binding(1) var<storage, read_write> t307: array<f32>;
@group(0) @binding(2) var<storage, read> t305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7c_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i + 14i < 15i) {
    let l297: f32 = t296[i % 128i];
    t307[(i / 128i + 14i) * 128i + i % 128i] = l297;
  } else {
    let l306: f32 = t305[i % 128i];
    t307[(i / 128i + 14i) * 128i + i % 128i] = l306;
  }
}
