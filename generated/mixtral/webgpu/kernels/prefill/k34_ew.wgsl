// kernel k34_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t180: array<f32>;
@group(0) @binding(1) var<storage, read_write> t196: array<f32>;
@group(0) @binding(2) var<storage, read_write> t200: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l191: f32 = t180[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l66: f32 = cos(g_4);
  let v194: f32 = l191 * l66;
  let l193: f32 = t180[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l69: f32 = sin(g_9);
  let v195: f32 = l193 * l69;
  let v196: f32 = v194 - v195;
  t196[i] = v196;
  let v198: f32 = l191 * l69;
  let v199: f32 = l193 * l66;
  let v200: f32 = v198 + v199;
  t200[i] = v200;
}
