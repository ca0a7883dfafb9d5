// kernel k63_copy
@group(0) @binding(0) var<storage, read> t370: array<f32>;
@group(0) @binding(1) var<storage, read_write> t394: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k63_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l394: f32 = t370[i / 2048i * 2048i + i / 32i % 64i * 16i + i / 16i % 2i * 1024i + i % 16i];
  t394[i] = l394;
}
