// kernel k49_copy
@group(0) @binding(0) var<storage, read> t332: array<f32>;
@group(0) @binding(1) var<storage, read_write> t341: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l341: f32 = t332[i / 2048i * 128i + i / 128i % 16i * 8192i + i % 128i];
  t341[i] = l341;
}
