// kernel k105_ew
@group(0) @binding(0) var<storage, read> t522: array<f32>;
@group(0) @binding(1) var<storage, read_write> t553: array<f32>;
@group(0) @binding(2) var<storage, read_write> t556: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l546: f32 = t522[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v547: f32 = l546 * l67;
  let l549: f32 = t522[i * 2i];
  let v550: f32 = -l549;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v551: f32 = v550 * l70;
  let v553: f32 = v547 + v551;
  t553[i] = v553;
  let v548: f32 = l546 * l70;
  let v552: f32 = l549 * l67;
  let v556: f32 = v548 + v552;
  t556[i] = v556;
}
