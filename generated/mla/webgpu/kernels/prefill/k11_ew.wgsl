// kernel k11_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t92: array<f32>;
@group(0) @binding(1) var<storage, read_write> t114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l109: f32 = t92[16i + i / 4i * 24i + i % 4i * 2i];
  let g: f32 = f32(i / 4i);
  let g_1: f32 = f32(i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l77: f32 = cos(g_4);
  let v112: f32 = l109 * l77;
  let l111: f32 = t92[17i + i / 4i * 24i + i % 4i * 2i];
  let g_5: f32 = f32(i / 4i);
  let g_6: f32 = f32(i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l80: f32 = sin(g_9);
  let v113: f32 = l111 * l80;
  let v114: f32 = v112 - v113;
  t114[i] = v114;
}
