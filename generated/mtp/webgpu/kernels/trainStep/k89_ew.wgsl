// kernel k89_ew
@group(0) @binding(0) var<storage, read> t611: array<f32>;
@group(0) @binding(1) var<storage, read> t622: array<f32>;
@group(0) @binding(2) var<storage, read> t633: array<f32>;
@group(0) @binding(3) var<storage, read> t644: array<f32>;
@group(0) @binding(4) var<storage, read_write> t649: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t611[select(0i, i / 65536i * 15616i + i / 1024i % 64i * 256i + i % 256i, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 61i) && (i / 256i % 4i + -3i >= 0i && i / 256i % 4i + -3i < 1i))];
  let l614: f32 = select(0.0f, g, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 61i) && (i / 256i % 4i + -3i >= 0i && i / 256i % 4i + -3i < 1i));
  let g_1: f32 = t622[select(0i, i / 65536i * 15872i + i / 1024i % 64i * 256i + i % 256i, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 62i) && (i / 256i % 4i + -2i >= 0i && i / 256i % 4i + -2i < 1i))];
  let l625: f32 = select(0.0f, g_1, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 62i) && (i / 256i % 4i + -2i >= 0i && i / 256i % 4i + -2i < 1i));
  let v647: f32 = l614 + l625;
  let g_2: f32 = t633[select(0i, i / 65536i * 16128i + i / 1024i % 64i * 256i + i % 256i, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 63i) && (i / 256i % 4i + -1i >= 0i && i / 256i % 4i + -1i < 1i))];
  let l636: f32 = select(0.0f, g_2, (i / 1024i % 64i >= 0i && i / 1024i % 64i < 63i) && (i / 256i % 4i + -1i >= 0i && i / 256i % 4i + -1i < 1i));
  let v648: f32 = v647 + l636;
  let g_3: f32 = t644[select(0i, i / 1024i * 256i + i % 256i, i / 256i % 4i >= 0i && i / 256i % 4i < 1i)];
  let l646: f32 = select(0.0f, g_3, i / 256i % 4i >= 0i && i / 256i % 4i < 1i);
  let v649: f32 = v648 + l646;
  t649[i] = v649;
}
