// kernel k191_ew
@group(0) @binding(0) var<storage, read> t867: array<f32>;
@group(0) @binding(1) var<storage, read_write> t879: array<f32>;
@group(0) @binding(2) var<storage, read_write> t882: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k191_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l872: f32 = t867[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v873: f32 = l872 * l75;
  let l875: f32 = t867[i * 2i];
  let v876: f32 = -l875;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v877: f32 = v876 * l78;
  let v879: f32 = v873 + v877;
  t879[i] = v879;
  let v874: f32 = l872 * l78;
  let v878: f32 = l875 * l75;
  let v882: f32 = v874 + v878;
  t882[i] = v882;
}
