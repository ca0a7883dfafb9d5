// kernel k8_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t38: array<f32>;
@group(0) @binding(1) var<storage, read_write> t84: array<f32>;
@group(0) @binding(2) var<storage, read_write> t88: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t38[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l64: f32 = cos(g_4);
  let v82: f32 = l79 * l64;
  let l81: f32 = t38[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l67: f32 = sin(g_9);
  let v83: f32 = l81 * l67;
  let v84: f32 = v82 - v83;
  t84[i] = v84;
  let v86: f32 = l79 * l67;
  let v87: f32 = l81 * l64;
  let v88: f32 = v86 + v87;
  t88[i] = v88;
}
