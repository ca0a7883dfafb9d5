// kernel k90_copy
@group(0) @binding(0) var<storage, read> t575: array<f32>;
@group(0) @binding(1) var<storage, read_write> t583: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k90_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t575[select(0i, 65536i + i, i + 65536i >= 0i && i + 65536i < 65536i)];
  let l583: f32 = select(0.0f, g, i + 65536i >= 0i && i + 65536i < 65536i);
  t583[i] = l583;
}
