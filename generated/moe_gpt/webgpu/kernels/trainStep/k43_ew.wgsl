// kernel k43_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t243: array<f32>;
@group(0) @binding(1) var<storage, read_write> t271: array<f32>;
@group(0) @binding(2) var<storage, read_write> t275: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l266: f32 = t243[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v269: f32 = l266 * l75;
  let l268: f32 = t243[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v270: f32 = l268 * l78;
  let v271: f32 = v269 - v270;
  t271[i] = v271;
  let v273: f32 = l266 * l78;
  let v274: f32 = l268 * l75;
  let v275: f32 = v273 + v274;
  t275[i] = v275;
}
