// kernel k6_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t37: array<f32>;
@group(0) @binding(1) var<storage, read_write> t71: array<f32>;
@group(0) @binding(2) var<storage, read_write> t75: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l62: f32 = t37[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l66: f32 = cos(g_4);
  let v67: f32 = l62 * l66;
  let l64: f32 = t37[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l69: f32 = sin(g_9);
  let v70: f32 = l64 * l69;
  let v71: f32 = v67 - v70;
  t71[i] = v71;
  let v73: f32 = l62 * l69;
  let v74: f32 = l64 * l66;
  let v75: f32 = v73 + v74;
  t75[i] = v75;
}
