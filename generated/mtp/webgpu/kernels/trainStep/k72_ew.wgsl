// kernel k72_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t422: array<f32>;
@group(0) @binding(1) var<storage, read_write> t438: array<f32>;
@group(0) @binding(2) var<storage, read_write> t442: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k72_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l433: f32 = t422[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v436: f32 = l433 * l101;
  let l435: f32 = t422[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v437: f32 = l435 * l104;
  let v438: f32 = v436 - v437;
  t438[i] = v438;
  let v440: f32 = l433 * l104;
  let v441: f32 = l435 * l101;
  let v442: f32 = v440 + v441;
  t442[i] = v442;
}
