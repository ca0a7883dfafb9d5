// kernel k49_ew
@group(0) @binding(0) var<storage, read> t296: array<f32>;
@group(0) @binding(1) var<storage, read_write> t308: array<f32>;
@group(0) @binding(2) var<storage, read_write> t311: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l301: f32 = t296[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l83: f32 = cos(g_4);
  let v302: f32 = l301 * l83;
  let l304: f32 = t296[i * 2i];
  let v305: f32 = -l304;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l85: f32 = sin(g_9);
  let v306: f32 = v305 * l85;
  let v308: f32 = v302 + v306;
  t308[i] = v308;
  let v303: f32 = l301 * l85;
  let v307: f32 = l304 * l83;
  let v311: f32 = v303 + v307;
  t311[i] = v311;
}
