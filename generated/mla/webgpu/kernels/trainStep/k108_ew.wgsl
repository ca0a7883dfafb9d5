// kernel k108_ew
@group(0) @binding(0) var<storage, read> t514: array<f32>;
@group(0) @binding(1) var<storage, read_write> t531: array<f32>;
@group(0) @binding(2) var<storage, read_write> t534: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k108_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l524: f32 = t514[1i + i * 2i];
  let g: f32 = f32(i % 256i / 4i);
  let g_1: f32 = f32(i % 256i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l112: f32 = cos(g_4);
  let v525: f32 = l524 * l112;
  let l527: f32 = t514[i * 2i];
  let v528: f32 = -l527;
  let g_5: f32 = f32(i % 256i / 4i);
  let g_6: f32 = f32(i % 256i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l114: f32 = sin(g_9);
  let v529: f32 = v528 * l114;
  let v531: f32 = v525 + v529;
  t531[i] = v531;
  let v526: f32 = l524 * l114;
  let v530: f32 = l527 * l112;
  let v534: f32 = v526 + v530;
  t534[i] = v534;
}
