// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t39: array<f32>;
@group(0) @binding(1) var<storage, read_write> t85: array<f32>;
@group(0) @binding(2) var<storage, read_write> t89: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l80: f32 = t39[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v83: f32 = l80 * l65;
  let l82: f32 = t39[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v84: f32 = l82 * l68;
  let v85: f32 = v83 - v84;
  t85[i] = v85;
  let v87: f32 = l80 * l68;
  let v88: f32 = l82 * l65;
  let v89: f32 = v87 + v88;
  t89[i] = v89;
}
