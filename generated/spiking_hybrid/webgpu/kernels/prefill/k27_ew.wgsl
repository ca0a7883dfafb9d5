// kernel k27_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t150: array<f32>;
@group(0) @binding(1) var<storage, read_write> t184: array<f32>;
@group(0) @binding(2) var<storage, read_write> t188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l175: f32 = t150[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l179: f32 = cos(g_4);
  let v180: f32 = l175 * l179;
  let l177: f32 = t150[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l182: f32 = sin(g_9);
  let v183: f32 = l177 * l182;
  let v184: f32 = v180 - v183;
  t184[i] = v184;
  let v186: f32 = l175 * l182;
  let v187: f32 = l177 * l179;
  let v188: f32 = v186 + v187;
  t188[i] = v188;
}
