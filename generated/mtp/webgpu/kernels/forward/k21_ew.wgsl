// kernel k21_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t135: array<f32>;
@group(0) @binding(1) var<storage, read_write> t163: array<f32>;
@group(0) @binding(2) var<storage, read_write> t167: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l158: f32 = t135[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v161: f32 = l158 * l73;
  let l160: f32 = t135[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v162: f32 = l160 * l76;
  let v163: f32 = v161 - v162;
  t163[i] = v163;
  let v165: f32 = l158 * l76;
  let v166: f32 = l160 * l73;
  let v167: f32 = v165 + v166;
  t167[i] = v167;
}
