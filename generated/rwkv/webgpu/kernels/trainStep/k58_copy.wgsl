// kernel k58_copy
@group(0) @binding(0) var<storage, read> t413: array<f32>;
@group(0) @binding(1) var<storage, read_write> t428: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l428: f32 = t413[i / 1024i * 64i + i / 64i % 16i * 4096i + i % 64i];
  t428[i] = l428;
}
