// kernel k193_ew
@group(0) @binding(0) var<storage, read> t886: array<f32>;
@group(0) @binding(1) var<storage, read_write> t917: array<f32>;
@group(0) @binding(2) var<storage, read_write> t920: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k193_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l910: f32 = t886[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v911: f32 = l910 * l75;
  let l913: f32 = t886[i * 2i];
  let v914: f32 = -l913;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v915: f32 = v914 * l78;
  let v917: f32 = v911 + v915;
  t917[i] = v917;
  let v912: f32 = l910 * l78;
  let v916: f32 = l913 * l75;
  let v920: f32 = v912 + v916;
  t920[i] = v920;
}
