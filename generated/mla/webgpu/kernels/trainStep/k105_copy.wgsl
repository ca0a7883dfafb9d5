// kernel k105_copy
@group(0) @binding(0) var<storage, read> t516: array<f32>;
@group(0) @binding(1) var<storage, read_write> t517: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l517: f32 = t516[i / 8192i * 8192i + i / 128i % 64i * 32i + i / 32i % 4i * 2048i + i % 32i];
  t517[i] = l517;
}
