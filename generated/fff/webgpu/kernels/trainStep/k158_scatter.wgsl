// kernel k158_scatter
@group(0) @binding(0) var<storage, read_write> t722: array<f32>;
@group(0) @binding(1) var<storage, read> t720: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 4096i; j++) {
    let g: f32 = f32(j % 4i);
    let g_1: f32 = g * 63.0f;
    let g_2: f32 = f32(j / 4i);
    let g_3: f32 = 0.0f * g_2;
    let g_4: f32 = g_1 + g_3;
    let g_5: f32 = f32(j % 4i);
    let g_6: f32 = g_5 * 63.0f;
    let g_7: f32 = f32(j / 4i);
    let g_8: f32 = 0.0f * g_7;
    let g_9: f32 = g_6 + g_8;
    let g_10: f32 = 0.0f * g_9;
    let l115: f32 = g_4 + g_10;
    if (i32(l115) == i / 64i) {
      let l720: f32 = t720[j / 4i * 256i + j % 4i * 64i + i % 64i];
      acc += l720;
    }
  }
  t722[i] = acc;
}
