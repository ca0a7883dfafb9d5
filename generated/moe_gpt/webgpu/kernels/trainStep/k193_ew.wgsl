// kernel k193_ew
@group(0) @binding(0) var<storage, read> t866: array<f32>;
@group(0) @binding(1) var<storage, read_write> t897: array<f32>;
@group(0) @binding(2) var<storage, read_write> t900: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k193_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l890: f32 = t866[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v891: f32 = l890 * l75;
  let l893: f32 = t866[i * 2i];
  let v894: f32 = -l893;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v895: f32 = v894 * l78;
  let v897: f32 = v891 + v895;
  t897[i] = v897;
  let v892: f32 = l890 * l78;
  let v896: f32 = l893 * l75;
  let v900: f32 = v892 + v896;
  t900[i] = v900;
}
