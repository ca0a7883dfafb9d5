// kernel k29_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t153: array<f32>;
@group(0) @binding(1) var<storage, read_write> t201: array<f32>;
@group(0) @binding(2) var<storage, read_write> t205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l194: f32 = t153[i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l197: f32 = cos(g_4);
  let v198: f32 = l194 * l197;
  let l196: f32 = t153[1i + i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l199: f32 = sin(g_9);
  let v200: f32 = l196 * l199;
  let v201: f32 = v198 - v200;
  t201[i] = v201;
  let v203: f32 = l194 * l199;
  let v204: f32 = l196 * l197;
  let v205: f32 = v203 + v204;
  t205[i] = v205;
}
