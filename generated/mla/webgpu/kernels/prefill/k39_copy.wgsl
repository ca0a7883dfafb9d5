// kernel k39_copy (dsl-examples/mla.loom:27:15)
@group(0) @binding(0) var<storage, read> t231: array<f32>;
@group(0) @binding(1) var<storage, read_write> t232: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l232: f32 = t231[i / 64i * 16i + i / 16i % 4i * 1024i + i % 16i];
  t232[i] = l232;
}
