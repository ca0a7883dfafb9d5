// kernel k179_ew
@group(0) @binding(0) var<storage, read> t766: array<f32>;
@group(0) @binding(1) var<storage, read_write> t797: array<f32>;
@group(0) @binding(2) var<storage, read_write> t800: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l790: f32 = t766[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v791: f32 = l790 * l75;
  let l793: f32 = t766[i * 2i];
  let v794: f32 = -l793;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v795: f32 = v794 * l78;
  let v797: f32 = v791 + v795;
  t797[i] = v797;
  let v792: f32 = l790 * l78;
  let v796: f32 = l793 * l75;
  let v800: f32 = v792 + v796;
  t800[i] = v800;
}
