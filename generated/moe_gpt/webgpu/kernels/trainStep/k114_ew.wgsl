// kernel k114_ew
@group(0) @binding(0) var<storage, read> t534: array<f32>;
@group(0) @binding(1) var<storage, read_write> t565: array<f32>;
@group(0) @binding(2) var<storage, read_write> t568: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l558: f32 = t534[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v559: f32 = l558 * l75;
  let l561: f32 = t534[i * 2i];
  let v562: f32 = -l561;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v563: f32 = v562 * l78;
  let v565: f32 = v559 + v563;
  t565[i] = v565;
  let v560: f32 = l558 * l78;
  let v564: f32 = l561 * l75;
  let v568: f32 = v560 + v564;
  t568[i] = v568;
}
