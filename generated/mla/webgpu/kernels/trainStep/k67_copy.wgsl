// kernel k67_copy
@group(0) @binding(0) var<storage, read> t362: array<f32>;
@group(0) @binding(1) var<storage, read_write> t363: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k67_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l363: f32 = t362[i / 8192i * 8192i + i / 128i % 64i * 32i + i / 32i % 4i * 2048i + i % 32i];
  t363[i] = l363;
}
