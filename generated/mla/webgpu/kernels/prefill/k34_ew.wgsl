// kernel k34_ew (compiler/std/functional.loom:78:54)
@group(0) @binding(0) var<storage, read> t194: array<f32>;
@group(0) @binding(1) var<storage, read_write> t219: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l210: f32 = t194[16i + i / 4i * 24i + i % 4i * 2i];
  let g: f32 = f32(i / 4i);
  let g_1: f32 = f32(i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l80: f32 = sin(g_4);
  let v217: f32 = l210 * l80;
  let l212: f32 = t194[17i + i / 4i * 24i + i % 4i * 2i];
  let g_5: f32 = f32(i / 4i);
  let g_6: f32 = f32(i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l77: f32 = cos(g_9);
  let v218: f32 = l212 * l77;
  let v219: f32 = v217 + v218;
  t219[i] = v219;
}
