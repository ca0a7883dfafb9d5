// kernel k112_ew
@group(0) @binding(0) var<storage, read> t537: array<f32>;
@group(0) @binding(1) var<storage, read> t555: array<f32>;
@group(0) @binding(2) var<storage, read_write> t557: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t537[select(0i, -16i + i / 24i * 8i + i % 24i, i % 24i + -16i >= 0i && i % 24i + -16i < 8i)];
  let l539: f32 = select(0.0f, g, i % 24i + -16i >= 0i && i % 24i + -16i < 8i);
  let g_1: f32 = t555[select(0i, i / 24i * 16i + i % 24i, i % 24i >= 0i && i % 24i < 16i)];
  let l556: f32 = select(0.0f, g_1, i % 24i >= 0i && i % 24i < 16i);
  let v557: f32 = l539 + l556;
  t557[i] = v557;
}
