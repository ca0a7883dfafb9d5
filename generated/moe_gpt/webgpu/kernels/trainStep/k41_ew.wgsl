// kernel k41_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t240: array<f32>;
@group(0) @binding(1) var<storage, read_write> t256: array<f32>;
@group(0) @binding(2) var<storage, read_write> t260: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k41_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l251: f32 = t240[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v254: f32 = l251 * l75;
  let l253: f32 = t240[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v255: f32 = l253 * l78;
  let v256: f32 = v254 - v255;
  t256[i] = v256;
  let v258: f32 = l251 * l78;
  let v259: f32 = l253 * l75;
  let v260: f32 = v258 + v259;
  t260[i] = v260;
}
