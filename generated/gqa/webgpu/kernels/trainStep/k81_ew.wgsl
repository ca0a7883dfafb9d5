// kernel k81_ew
@group(0) @binding(0) var<storage, read> t409: array<f32>;
@group(0) @binding(1) var<storage, read_write> t440: array<f32>;
@group(0) @binding(2) var<storage, read_write> t443: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k81_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l433: f32 = t409[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v434: f32 = l433 * l65;
  let l436: f32 = t409[i * 2i];
  let v437: f32 = -l436;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v438: f32 = v437 * l68;
  let v440: f32 = v434 + v438;
  t440[i] = v440;
  let v435: f32 = l433 * l68;
  let v439: f32 = l436 * l65;
  let v443: f32 = v435 + v439;
  t443[i] = v443;
}
