// kernel k77_ew
@group(0) @binding(0) var<storage, read> t396: array<f32>;
@group(0) @binding(1) var<storage, read_write> t408: array<f32>;
@group(0) @binding(2) var<storage, read_write> t411: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k77_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l401: f32 = t396[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l83: f32 = cos(g_4);
  let v402: f32 = l401 * l83;
  let l404: f32 = t396[i * 2i];
  let v405: f32 = -l404;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l85: f32 = sin(g_9);
  let v406: f32 = v405 * l85;
  let v408: f32 = v402 + v406;
  t408[i] = v408;
  let v403: f32 = l401 * l85;
  let v407: f32 = l404 * l83;
  let v411: f32 = v403 + v407;
  t411[i] = v411;
}
