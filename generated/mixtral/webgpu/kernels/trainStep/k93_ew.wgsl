// kernel k93_ew
@group(0) @binding(0) var<storage, read> t452: array<f32>;
@group(0) @binding(1) var<storage, read_write> t483: array<f32>;
@group(0) @binding(2) var<storage, read_write> t486: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l476: f32 = t452[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v477: f32 = l476 * l67;
  let l479: f32 = t452[i * 2i];
  let v480: f32 = -l479;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v481: f32 = v480 * l70;
  let v483: f32 = v477 + v481;
  t483[i] = v483;
  let v478: f32 = l476 * l70;
  let v482: f32 = l479 * l67;
  let v486: f32 = v478 + v482;
  t486[i] = v486;
}
