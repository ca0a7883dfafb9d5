// kernel k114_ew
@group(0) @binding(0) var<storage, read> t514: array<f32>;
@group(0) @binding(1) var<storage, read_write> t545: array<f32>;
@group(0) @binding(2) var<storage, read_write> t548: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l538: f32 = t514[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v539: f32 = l538 * l75;
  let l541: f32 = t514[i * 2i];
  let v542: f32 = -l541;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v543: f32 = v542 * l78;
  let v545: f32 = v539 + v543;
  t545[i] = v545;
  let v540: f32 = l538 * l78;
  let v544: f32 = l541 * l75;
  let v548: f32 = v540 + v544;
  t548[i] = v548;
}
