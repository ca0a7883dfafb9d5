// kernel k76_copy
@group(0) @binding(0) var<storage, read> t493: array<f32>;
@group(0) @binding(1) var<storage, read_write> t505: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k76_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t493[select(0i, 65536i + i, i + 65536i >= 0i && i + 65536i < 65536i)];
  let l505: f32 = select(0.0f, g, i + 65536i >= 0i && i + 65536i < 65536i);
  t505[i] = l505;
}
