// kernel k59_ew
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read_write> t382: array<f32>;
@group(0) @binding(2) var<storage, read_write> t385: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l375: f32 = t351[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l180: f32 = cos(g_4);
  let v376: f32 = l375 * l180;
  let l378: f32 = t351[i * 2i];
  let v379: f32 = -l378;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l183: f32 = sin(g_9);
  let v380: f32 = v379 * l183;
  let v382: f32 = v376 + v380;
  t382[i] = v382;
  let v377: f32 = l375 * l183;
  let v381: f32 = l378 * l180;
  let v385: f32 = v377 + v381;
  t385[i] = v385;
}
