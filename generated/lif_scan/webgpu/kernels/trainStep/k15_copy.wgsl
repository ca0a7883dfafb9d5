// kernel k15_copy
@group(0) @binding(0) var<storage, read> t74: array<f32>;
@group(0) @binding(1) var<storage, read_write> t86: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t74[select(0i, 34816i + i, i + 34816i >= 0i && i + 34816i < 32768i)];
  let l86: f32 = select(0.0f, g, i + 34816i >= 0i && i + 34816i < 32768i);
  t86[i] = l86;
}
