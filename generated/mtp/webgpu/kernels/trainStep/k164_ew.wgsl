// kernel k164_ew
@group(0) @binding(0) var<storage, read> t924: array<f32>;
@group(0) @binding(1) var<storage, read_write> t936: array<f32>;
@group(0) @binding(2) var<storage, read_write> t939: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k164_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l929: f32 = t924[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v930: f32 = l929 * l101;
  let l932: f32 = t924[i * 2i];
  let v933: f32 = -l932;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v934: f32 = v933 * l104;
  let v936: f32 = v930 + v934;
  t936[i] = v936;
  let v931: f32 = l929 * l104;
  let v935: f32 = l932 * l101;
  let v939: f32 = v931 + v935;
  t939[i] = v939;
}
