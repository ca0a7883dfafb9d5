// kernel k118_copy
@group(0) @binding(0) var<storage, read> t582: array<f32>;
@group(0) @binding(1) var<storage, read_write> t583: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l583: f32 = t582[i / 6144i * 6144i + i / 96i % 64i * 24i + i / 24i % 4i * 1536i + i % 24i];
  t583[i] = l583;
}
