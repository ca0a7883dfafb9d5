// kernel k9_copy (dsl-examples/binary_gpt.loom:21:15)
@group(0) @binding(0) var<storage, read> t87: array<f32>;
@group(0) @binding(1) var<storage, read_write> t89: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l89: f32 = t87[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  t89[i] = l89;
}
