// kernel k32_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t178: array<f32>;
@group(0) @binding(1) var<storage, read_write> t194: array<f32>;
@group(0) @binding(2) var<storage, read_write> t198: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l189: f32 = t178[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l66: f32 = cos(g_4);
  let v192: f32 = l189 * l66;
  let l191: f32 = t178[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l69: f32 = sin(g_9);
  let v193: f32 = l191 * l69;
  let v194: f32 = v192 - v193;
  t194[i] = v194;
  let v196: f32 = l189 * l69;
  let v197: f32 = l191 * l66;
  let v198: f32 = v196 + v197;
  t198[i] = v198;
}
