// kernel k136_ew
@group(0) @binding(0) var<storage, read> t821: array<f32>;
@group(0) @binding(1) var<storage, read_write> t833: array<f32>;
@group(0) @binding(2) var<storage, read_write> t836: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k136_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l826: f32 = t821[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v827: f32 = l826 * l101;
  let l829: f32 = t821[i * 2i];
  let v830: f32 = -l829;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v831: f32 = v830 * l104;
  let v833: f32 = v827 + v831;
  t833[i] = v833;
  let v828: f32 = l826 * l104;
  let v832: f32 = l829 * l101;
  let v836: f32 = v828 + v832;
  t836[i] = v836;
}
