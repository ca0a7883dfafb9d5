// kernel k77_ew
@group(0) @binding(0) var<storage, read> t394: array<f32>;
@group(0) @binding(1) var<storage, read_write> t406: array<f32>;
@group(0) @binding(2) var<storage, read_write> t409: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k77_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l399: f32 = t394[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v400: f32 = l399 * l65;
  let l402: f32 = t394[i * 2i];
  let v403: f32 = -l402;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v404: f32 = v403 * l68;
  let v406: f32 = v400 + v404;
  t406[i] = v406;
  let v401: f32 = l399 * l68;
  let v405: f32 = l402 * l65;
  let v409: f32 = v401 + v405;
  t409[i] = v409;
}
