// kernel k51_ew
@group(0) @binding(0) var<storage, read> t299: array<f32>;
@group(0) @binding(1) var<storage, read_write> t311: array<f32>;
@group(0) @binding(2) var<storage, read_write> t314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l304: f32 = t299[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l83: f32 = cos(g_4);
  let v305: f32 = l304 * l83;
  let l307: f32 = t299[i * 2i];
  let v308: f32 = -l307;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l85: f32 = sin(g_9);
  let v309: f32 = v308 * l85;
  let v311: f32 = v305 + v309;
  t311[i] = v311;
  let v306: f32 = l304 * l85;
  let v310: f32 = l307 * l83;
  let v314: f32 = v306 + v310;
  t314[i] = v314;
}
