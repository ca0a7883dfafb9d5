// kernel k38_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t209: array<f32>;
@group(0) @binding(1) var<storage, read_write> t237: array<f32>;
@group(0) @binding(2) var<storage, read_write> t241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k38_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l232: f32 = t209[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v235: f32 = l232 * l73;
  let l234: f32 = t209[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v236: f32 = l234 * l76;
  let v237: f32 = v235 - v236;
  t237[i] = v237;
  let v239: f32 = l232 * l76;
  let v240: f32 = l234 * l73;
  let v241: f32 = v239 + v240;
  t241[i] = v241;
}
