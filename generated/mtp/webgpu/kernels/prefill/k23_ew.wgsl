// kernel k23_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t137: array<f32>;
@group(0) @binding(1) var<storage, read_write> t165: array<f32>;
@group(0) @binding(2) var<storage, read_write> t169: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l160: f32 = t137[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v163: f32 = l160 * l73;
  let l162: f32 = t137[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v164: f32 = l162 * l76;
  let v165: f32 = v163 - v164;
  t165[i] = v165;
  let v167: f32 = l160 * l76;
  let v168: f32 = l162 * l73;
  let v169: f32 = v167 + v168;
  t169[i] = v169;
}
