// kernel k10_copy (dsl-examples/gla_recurrent.loom:27:29)
@group(0) @binding(0) var<storage, read> t88: array<f32>;
@group(0) @binding(1) var<storage, read_write> t95: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l95: f32 = t88[i / 64i * 16i + i / 16i % 4i * 1024i + i % 16i];
  t95[i] = l95;
}
