// kernel k35_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t205: array<f32>;
@group(0) @binding(1) var<storage, read_write> t233: array<f32>;
@group(0) @binding(2) var<storage, read_write> t237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l228: f32 = t205[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v231: f32 = l228 * l73;
  let l230: f32 = t205[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v232: f32 = l230 * l76;
  let v233: f32 = v231 - v232;
  t233[i] = v233;
  let v235: f32 = l228 * l76;
  let v236: f32 = l230 * l73;
  let v237: f32 = v235 + v236;
  t237[i] = v237;
}
