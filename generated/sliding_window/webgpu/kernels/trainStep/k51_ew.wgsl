// kernel k51_ew
@group(0) @binding(0) var<storage, read> t295: array<f32>;
@group(0) @binding(1) var<storage, read_write> t326: array<f32>;
@group(0) @binding(2) var<storage, read_write> t329: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l319: f32 = t295[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v320: f32 = l319 * l65;
  let l322: f32 = t295[i * 2i];
  let v323: f32 = -l322;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v324: f32 = v323 * l68;
  let v326: f32 = v320 + v324;
  t326[i] = v326;
  let v321: f32 = l319 * l68;
  let v325: f32 = l322 * l65;
  let v329: f32 = v321 + v325;
  t329[i] = v329;
}
