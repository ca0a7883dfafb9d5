// kernel k21_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t127: array<f32>;
@group(0) @binding(1) var<storage, read_write> t155: array<f32>;
@group(0) @binding(2) var<storage, read_write> t159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l150: f32 = t127[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v153: f32 = l150 * l65;
  let l152: f32 = t127[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v154: f32 = l152 * l68;
  let v155: f32 = v153 - v154;
  t155[i] = v155;
  let v157: f32 = l150 * l68;
  let v158: f32 = l152 * l65;
  let v159: f32 = v157 + v158;
  t159[i] = v159;
}
