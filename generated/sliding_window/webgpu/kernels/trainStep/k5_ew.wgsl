// kernel k5_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t36: array<f32>;
@group(0) @binding(1) var<storage, read_write> t70: array<f32>;
@group(0) @binding(2) var<storage, read_write> t74: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l61: f32 = t36[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v66: f32 = l61 * l65;
  let l63: f32 = t36[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v69: f32 = l63 * l68;
  let v70: f32 = v66 - v69;
  t70[i] = v70;
  let v72: f32 = l61 * l68;
  let v73: f32 = l63 * l65;
  let v74: f32 = v72 + v73;
  t74[i] = v74;
}
