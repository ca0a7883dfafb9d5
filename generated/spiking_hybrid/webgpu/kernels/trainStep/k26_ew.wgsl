// kernel k26_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t151: array<f32>;
@group(0) @binding(1) var<storage, read_write> t185: array<f32>;
@group(0) @binding(2) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l176: f32 = t151[i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l180: f32 = cos(g_4);
  let v181: f32 = l176 * l180;
  let l178: f32 = t151[1i + i / 2048i * 4096i + i / 512i % 4i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l183: f32 = sin(g_9);
  let v184: f32 = l178 * l183;
  let v185: f32 = v181 - v184;
  t185[i] = v185;
  let v187: f32 = l176 * l183;
  let v188: f32 = l178 * l180;
  let v189: f32 = v187 + v188;
  t189[i] = v189;
}
