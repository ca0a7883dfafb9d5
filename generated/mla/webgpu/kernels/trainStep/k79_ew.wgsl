// kernel k79_ew
@group(0) @binding(0) var<storage, read> t424: array<f32>;
@group(0) @binding(1) var<storage, read> t354: array<f32>;
@group(0) @binding(2) var<storage, read_write> t428: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t424[select(0i, -16i + i / 24i * 8i + i % 24i, i % 24i + -16i >= 0i && i % 24i + -16i < 8i)];
  let l426: f32 = select(0.0f, g, i % 24i + -16i >= 0i && i % 24i + -16i < 8i);
  let g_1: f32 = t354[select(0i, i, i % 24i >= 0i && i % 24i < 16i)];
  let l427: f32 = select(0.0f, g_1, i % 24i >= 0i && i % 24i < 16i);
  let v428: f32 = l426 + l427;
  t428[i] = v428;
}
