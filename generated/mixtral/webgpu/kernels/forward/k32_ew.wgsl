// kernel k32_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t157: array<f32>;
@group(0) @binding(1) var<storage, read_write> t185: array<f32>;
@group(0) @binding(2) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l180: f32 = t157[i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l84: f32 = cos(g_4);
  let v183: f32 = l180 * l84;
  let l182: f32 = t157[1i + i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l86: f32 = sin(g_9);
  let v184: f32 = l182 * l86;
  let v185: f32 = v183 - v184;
  t185[i] = v185;
  let v187: f32 = l180 * l86;
  let v188: f32 = l182 * l84;
  let v189: f32 = v187 + v188;
  t189[i] = v189;
}
