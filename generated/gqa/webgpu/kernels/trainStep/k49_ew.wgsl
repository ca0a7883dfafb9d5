// kernel k49_ew
@group(0) @binding(0) var<storage, read> t288: array<f32>;
@group(0) @binding(1) var<storage, read_write> t300: array<f32>;
@group(0) @binding(2) var<storage, read_write> t303: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l293: f32 = t288[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l83: f32 = cos(g_4);
  let v294: f32 = l293 * l83;
  let l296: f32 = t288[i * 2i];
  let v297: f32 = -l296;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l85: f32 = sin(g_9);
  let v298: f32 = v297 * l85;
  let v300: f32 = v294 + v298;
  t300[i] = v300;
  let v295: f32 = l293 * l85;
  let v299: f32 = l296 * l83;
  let v303: f32 = v295 + v299;
  t303[i] = v303;
}
