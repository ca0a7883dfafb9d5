// kernel k254_ew
@group(0) @binding(0) var<storage, read> t1251: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1282: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1285: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k254_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1275: f32 = t1251[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1276: f32 = l1275 * l101;
  let l1278: f32 = t1251[i * 2i];
  let v1279: f32 = -l1278;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1280: f32 = v1279 * l104;
  let v1282: f32 = v1276 + v1280;
  t1282[i] = v1282;
  let v1277: f32 = l1275 * l104;
  let v1281: f32 = l1278 * l101;
  let v1285: f32 = v1277 + v1281;
  t1285[i] = v1285;
}
