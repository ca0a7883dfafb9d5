// kernel k179_ew
@group(0) @binding(0) var<storage, read> t786: array<f32>;
@group(0) @binding(1) var<storage, read_write> t817: array<f32>;
@group(0) @binding(2) var<storage, read_write> t820: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l810: f32 = t786[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v811: f32 = l810 * l75;
  let l813: f32 = t786[i * 2i];
  let v814: f32 = -l813;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v815: f32 = v814 * l78;
  let v817: f32 = v811 + v815;
  t817[i] = v817;
  let v812: f32 = l810 * l78;
  let v816: f32 = l813 * l75;
  let v820: f32 = v812 + v816;
  t820[i] = v820;
}
