// kernel k42_ew
@group(0) @binding(0) var<storage, read> t279: array<f32>;
@group(0) @binding(1) var<storage, read> t285: array<f32>;
@group(0) @binding(2) var<storage, read> t291: array<f32>;
@group(0) @binding(3) var<storage, read> t299: array<f32>;
@group(0) @binding(4) var<storage, read_write> t307: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k42_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t279[select(0i, -384i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -3i >= 0i && i / 128i % 67i + -3i < 64i)];
  let l284: f32 = select(0.0f, g, i / 128i % 67i + -3i >= 0i && i / 128i % 67i + -3i < 64i);
  let g_1: f32 = t285[select(0i, -256i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -2i >= 0i && i / 128i % 67i + -2i < 64i)];
  let l290: f32 = select(0.0f, g_1, i / 128i % 67i + -2i >= 0i && i / 128i % 67i + -2i < 64i);
  let v305: f32 = l284 + l290;
  let g_2: f32 = t291[select(0i, -128i + i / 8576i * 8192i + i % 8576i, i / 128i % 67i + -1i >= 0i && i / 128i % 67i + -1i < 64i)];
  let l296: f32 = select(0.0f, g_2, i / 128i % 67i + -1i >= 0i && i / 128i % 67i + -1i < 64i);
  let v306: f32 = v305 + l296;
  let g_3: f32 = t299[select(0i, i / 8576i * 8192i + i % 8576i, i / 128i % 67i >= 0i && i / 128i % 67i < 64i)];
  let l304: f32 = select(0.0f, g_3, i / 128i % 67i >= 0i && i / 128i % 67i < 64i);
  let v307: f32 = v306 + l304;
  t307[i] = v307;
}
