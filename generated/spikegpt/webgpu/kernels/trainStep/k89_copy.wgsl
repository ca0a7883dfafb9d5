// kernel k89_copy
@group(0) @binding(0) var<storage, read> t575: array<f32>;
@group(0) @binding(1) var<storage, read_write> t581: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t575[select(0i, i, i >= 0i && i < 65536i)];
  let l581: f32 = select(0.0f, g, i >= 0i && i < 65536i);
  t581[i] = l581;
}
