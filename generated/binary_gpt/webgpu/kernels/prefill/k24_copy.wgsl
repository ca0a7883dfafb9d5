// kernel k24_copy (dsl-examples/binary_gpt.loom:20:15)
@group(0) @binding(0) var<storage, read> t165: array<f32>;
@group(0) @binding(1) var<storage, read_write> t167: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l167: f32 = t165[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  t167[i] = l167;
}
