// kernel k62_ew
@group(0) @binding(0) var<storage, read> t389: array<f32>;
@group(0) @binding(1) var<storage, read> t395: array<f32>;
@group(0) @binding(2) var<storage, read> t401: array<f32>;
@group(0) @binding(3) var<storage, read> t409: array<f32>;
@group(0) @binding(4) var<storage, read_write> t417: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t389[select(0i, -384i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -3i >= 0i && i / 128i % 67i + -3i < 64i)];
  let l394: f32 = select(0.0f, g, i / 128i % 67i + -3i >= 0i && i / 128i % 67i + -3i < 64i);
  let g_1: f32 = t395[select(0i, -256i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -2i >= 0i && i / 128i % 67i + -2i < 64i)];
  let l400: f32 = select(0.0f, g_1, i / 128i % 67i + -2i >= 0i && i / 128i % 67i + -2i < 64i);
  let v415: f32 = l394 + l400;
  let g_2: f32 = t401[select(0i, -128i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -1i >= 0i && i / 128i % 67i + -1i < 64i)];
  let l406: f32 = select(0.0f, g_2, i / 128i % 67i + -1i >= 0i && i / 128i % 67i + -1i < 64i);
  let v416: f32 = v415 + l406;
  let g_3: f32 = t409[select(0i, i / 8576i * 8192i + i % 8576i, i / 128i % 67i >= 0i && i / 128i % 67i < 64i)];
  let l414: f32 = select(0.0f, g_3, i / 128i % 67i >= 0i && i / 128i % 67i < 64i);
  let v417: f32 = v416 + l414;
  t417[i] = v417;
}
