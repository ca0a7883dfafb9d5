// kernel k112_ew
@group(0) @binding(0) var<storage, read> t515: array<f32>;
@group(0) @binding(1) var<storage, read_write> t527: array<f32>;
@group(0) @binding(2) var<storage, read_write> t530: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l520: f32 = t515[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v521: f32 = l520 * l75;
  let l523: f32 = t515[i * 2i];
  let v524: f32 = -l523;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v525: f32 = v524 * l78;
  let v527: f32 = v521 + v525;
  t527[i] = v527;
  let v522: f32 = l520 * l78;
  let v526: f32 = l523 * l75;
  let v530: f32 = v522 + v526;
  t530[i] = v530;
}
