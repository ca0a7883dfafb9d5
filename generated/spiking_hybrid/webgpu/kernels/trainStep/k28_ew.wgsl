// kernel k28_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t154: array<f32>;
@group(0) @binding(1) var<storage, read_write> t202: array<f32>;
@group(0) @binding(2) var<storage, read_write> t206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l195: f32 = t154[i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l198: f32 = cos(g_4);
  let v199: f32 = l195 * l198;
  let l197: f32 = t154[1i + i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l200: f32 = sin(g_9);
  let v201: f32 = l197 * l200;
  let v202: f32 = v199 - v201;
  t202[i] = v202;
  let v204: f32 = l195 * l200;
  let v205: f32 = l197 * l198;
  let v206: f32 = v204 + v205;
  t206[i] = v206;
}
