// kernel k86_copy
@group(0) @binding(0) var<storage, read> t595: array<f32>;
@group(0) @binding(1) var<storage, read_write> t607: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k86_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t595[select(0i, 65536i + i, i + 65536i >= 0i && i + 65536i < 65536i)];
  let l607: f32 = select(0.0f, g, i + 65536i >= 0i && i + 65536i < 65536i);
  t607[i] = l607;
}
