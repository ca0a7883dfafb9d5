// kernel k17_copy (dsl-examples/mla.loom:27:15)
@group(0) @binding(0) var<storage, read> t130: array<f32>;
@group(0) @binding(1) var<storage, read_write> t131: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l131: f32 = t130[i / 64i * 16i + i / 16i % 4i * 1024i + i % 16i];
  t131[i] = l131;
}
