// kernel k59_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t358: array<f32>;
@group(0) @binding(1) var<storage, read_write> t374: array<f32>;
@group(0) @binding(2) var<storage, read_write> t378: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l369: f32 = t358[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v372: f32 = l369 * l101;
  let l371: f32 = t358[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v373: f32 = l371 * l104;
  let v374: f32 = v372 - v373;
  t374[i] = v374;
  let v376: f32 = l369 * l104;
  let v377: f32 = l371 * l101;
  let v378: f32 = v376 + v377;
  t378[i] = v378;
}
