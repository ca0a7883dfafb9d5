// kernel k36_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t206: array<f32>;
@group(0) @binding(1) var<storage, read_write> t222: array<f32>;
@group(0) @binding(2) var<storage, read_write> t226: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l217: f32 = t206[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v220: f32 = l217 * l73;
  let l219: f32 = t206[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v221: f32 = l219 * l76;
  let v222: f32 = v220 - v221;
  t222[i] = v222;
  let v224: f32 = l217 * l76;
  let v225: f32 = l219 * l73;
  let v226: f32 = v224 + v225;
  t226[i] = v226;
}
