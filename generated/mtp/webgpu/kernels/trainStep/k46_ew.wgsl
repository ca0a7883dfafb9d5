// kernel k46_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t294: array<f32>;
@group(0) @binding(1) var<storage, read_write> t310: array<f32>;
@group(0) @binding(2) var<storage, read_write> t314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k46_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l305: f32 = t294[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v308: f32 = l305 * l101;
  let l307: f32 = t294[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v309: f32 = l307 * l104;
  let v310: f32 = v308 - v309;
  t310[i] = v310;
  let v312: f32 = l305 * l104;
  let v313: f32 = l307 * l101;
  let v314: f32 = v312 + v313;
  t314[i] = v314;
}
