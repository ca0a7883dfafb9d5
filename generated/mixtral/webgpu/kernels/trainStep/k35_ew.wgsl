// kernel k35_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t202: array<f32>;
@group(0) @binding(1) var<storage, read_write> t230: array<f32>;
@group(0) @binding(2) var<storage, read_write> t234: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l225: f32 = t202[i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v228: f32 = l225 * l85;
  let l227: f32 = t202[1i + i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v229: f32 = l227 * l87;
  let v230: f32 = v228 - v229;
  t230[i] = v230;
  let v232: f32 = l225 * l87;
  let v233: f32 = l227 * l85;
  let v234: f32 = v232 + v233;
  t234[i] = v234;
}
