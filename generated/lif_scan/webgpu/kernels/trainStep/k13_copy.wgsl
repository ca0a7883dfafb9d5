// kernel k13_copy
@group(0) @binding(0) var<storage, read> t74: array<f32>;
@group(0) @binding(1) var<storage, read_write> t82: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t74[select(0i, i, i >= 0i && i < 32768i)];
  let l82: f32 = select(0.0f, g, i >= 0i && i < 32768i);
  t82[i] = l82;
}
