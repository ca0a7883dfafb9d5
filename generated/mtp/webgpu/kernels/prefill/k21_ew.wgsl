// kernel k21_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t134: array<f32>;
@group(0) @binding(1) var<storage, read_write> t150: array<f32>;
@group(0) @binding(2) var<storage, read_write> t154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l145: f32 = t134[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l73: f32 = cos(g_4);
  let v148: f32 = l145 * l73;
  let l147: f32 = t134[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l76: f32 = sin(g_9);
  let v149: f32 = l147 * l76;
  let v150: f32 = v148 - v149;
  t150[i] = v150;
  let v152: f32 = l145 * l76;
  let v153: f32 = l147 * l73;
  let v154: f32 = v152 + v153;
  t154[i] = v154;
}
