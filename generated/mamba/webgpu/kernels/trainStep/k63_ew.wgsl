// kernel k63_ew
@group(0) @binding(0) var<storage, read> t339: array<f32>;
@group(0) @binding(1) var<storage, read> t417: array<f32>;
@group(0) @binding(2) var<storage, read_write> t420: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k63_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t339[select(0i, -128i + i / 256i * 128i + i % 256i, i % 256i + -128i >= 0i && i % 256i + -128i < 128i)];
  let l340: f32 = select(0.0f, g, i % 256i + -128i >= 0i && i % 256i + -128i < 128i);
  let g_1: f32 = t417[select(0i, 384i + i / 16384i * 8576i + i / 256i % 64i * 128i + i % 256i, i % 256i >= 0i && i % 256i < 128i)];
  let l419: f32 = select(0.0f, g_1, i % 256i >= 0i && i % 256i < 128i);
  let v420: f32 = l340 + l419;
  t420[i] = v420;
}
