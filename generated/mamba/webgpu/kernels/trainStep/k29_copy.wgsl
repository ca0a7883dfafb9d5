// kernel k29_copy
@group(0) @binding(0) var<storage, read> t219: array<f32>;
@group(0) @binding(1) var<storage, read_write> t229: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l229: f32 = t219[i / 2048i * 128i + i / 128i % 16i * 8192i + i % 128i];
  t229[i] = l229;
}
