// kernel k138_ew
@group(0) @binding(0) var<storage, read> t820: array<f32>;
@group(0) @binding(1) var<storage, read_write> t851: array<f32>;
@group(0) @binding(2) var<storage, read_write> t854: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k138_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l844: f32 = t820[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v845: f32 = l844 * l101;
  let l847: f32 = t820[i * 2i];
  let v848: f32 = -l847;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v849: f32 = v848 * l104;
  let v851: f32 = v845 + v849;
  t851[i] = v851;
  let v846: f32 = l844 * l104;
  let v850: f32 = l847 * l101;
  let v854: f32 = v846 + v850;
  t854[i] = v854;
}
