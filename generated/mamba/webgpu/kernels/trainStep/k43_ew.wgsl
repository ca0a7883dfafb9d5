// kernel k43_ew
@group(0) @binding(0) var<storage, read> t227: array<f32>;
@group(0) @binding(1) var<storage, read> t307: array<f32>;
@group(0) @binding(2) var<storage, read_write> t310: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t227[select(0i, -128i + i / 256i * 128i + i % 256i, i % 256i + -128i >= 0i && i % 256i + -128i < 128i)];
  let l228: f32 = select(0.0f, g, i % 256i + -128i >= 0i && i % 256i + -128i < 128i);
  let g_1: f32 = t307[select(0i, 384i + i / 16384i * 8576i + i / 256i % 64i * 128i + i % 256i, i % 256i >= 0i && i % 256i < 128i)];
  let l309: f32 = select(0.0f, g_1, i % 256i >= 0i && i % 256i < 128i);
  let v310: f32 = l228 + l309;
  t310[i] = v310;
}
