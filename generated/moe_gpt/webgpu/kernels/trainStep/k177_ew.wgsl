// kernel k177_ew
@group(0) @binding(0) var<storage, read> t787: array<f32>;
@group(0) @binding(1) var<storage, read_write> t799: array<f32>;
@group(0) @binding(2) var<storage, read_write> t802: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k177_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l792: f32 = t787[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v793: f32 = l792 * l75;
  let l795: f32 = t787[i * 2i];
  let v796: f32 = -l795;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v797: f32 = v796 * l78;
  let v799: f32 = v793 + v797;
  t799[i] = v799;
  let v794: f32 = l792 * l78;
  let v798: f32 = l795 * l75;
  let v802: f32 = v794 + v798;
  t802[i] = v802;
}
