// kernel k8_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t47: array<f32>;
@group(0) @binding(1) var<storage, read_write> t93: array<f32>;
@group(0) @binding(2) var<storage, read_write> t97: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l88: f32 = t47[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v91: f32 = l88 * l73;
  let l90: f32 = t47[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v92: f32 = l90 * l76;
  let v93: f32 = v91 - v92;
  t93[i] = v93;
  let v95: f32 = l88 * l76;
  let v96: f32 = l90 * l73;
  let v97: f32 = v95 + v96;
  t97[i] = v97;
}
