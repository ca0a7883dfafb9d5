// kernel k28_ew (compiler/std/functional.loom:78:54)
@group(0) @binding(0) var<storage, read> t173: array<f32>;
@group(0) @binding(1) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l180: f32 = t173[16i + i / 256i * 24i + i / 4i % 64i * 96i + i % 4i * 2i];
  let g: f32 = f32(i % 256i / 4i);
  let g_1: f32 = f32(i % 256i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l81: f32 = sin(g_4);
  let v187: f32 = l180 * l81;
  let l182: f32 = t173[17i + i / 256i * 24i + i / 4i % 64i * 96i + i % 4i * 2i];
  let g_5: f32 = f32(i % 256i / 4i);
  let g_6: f32 = f32(i % 256i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = cos(g_9);
  let v188: f32 = l182 * l78;
  let v189: f32 = v187 + v188;
  t189[i] = v189;
}
