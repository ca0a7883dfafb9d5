// kernel k61_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t361: array<f32>;
@group(0) @binding(1) var<storage, read_write> t389: array<f32>;
@group(0) @binding(2) var<storage, read_write> t393: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k61_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l384: f32 = t361[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v387: f32 = l384 * l101;
  let l386: f32 = t361[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v388: f32 = l386 * l104;
  let v389: f32 = v387 - v388;
  t389[i] = v389;
  let v391: f32 = l384 * l104;
  let v392: f32 = l386 * l101;
  let v393: f32 = v391 + v392;
  t393[i] = v393;
}
