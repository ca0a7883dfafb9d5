// kernel k43_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t220: array<f32>;
@group(0) @binding(1) var<storage, read_write> t236: array<f32>;
@group(0) @binding(2) var<storage, read_write> t240: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l231: f32 = t220[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l74: f32 = cos(g_4);
  let v234: f32 = l231 * l74;
  let l233: f32 = t220[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l77: f32 = sin(g_9);
  let v235: f32 = l233 * l77;
  let v236: f32 = v234 - v235;
  t236[i] = v236;
  let v238: f32 = l231 * l77;
  let v239: f32 = l233 * l74;
  let v240: f32 = v238 + v239;
  t240[i] = v240;
}
