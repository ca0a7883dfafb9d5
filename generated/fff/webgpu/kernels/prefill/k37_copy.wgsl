// kernel k37_copy (compiler/std/nn.loom:60:9)
@group(0) @binding(0) var<storage, read> t240: array<f32>;
@group(0) @binding(1) var<storage, read_write> t242: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l242: f32 = t240[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  t242[i] = l242;
}
