// kernel k49_ew
@group(0) @binding(0) var<storage, read> t286: array<f32>;
@group(0) @binding(1) var<storage, read_write> t298: array<f32>;
@group(0) @binding(2) var<storage, read_write> t301: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l291: f32 = t286[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v292: f32 = l291 * l65;
  let l294: f32 = t286[i * 2i];
  let v295: f32 = -l294;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v296: f32 = v295 * l68;
  let v298: f32 = v292 + v296;
  t298[i] = v298;
  let v293: f32 = l291 * l68;
  let v297: f32 = l294 * l65;
  let v301: f32 = v293 + v297;
  t301[i] = v301;
}
