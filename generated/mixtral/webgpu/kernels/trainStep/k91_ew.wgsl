// kernel k91_ew
@group(0) @binding(0) var<storage, read> t421: array<f32>;
@group(0) @binding(1) var<storage, read_write> t452: array<f32>;
@group(0) @binding(2) var<storage, read_write> t455: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l445: f32 = t421[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v446: f32 = l445 * l67;
  let l448: f32 = t421[i * 2i];
  let v449: f32 = -l448;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v450: f32 = v449 * l70;
  let v452: f32 = v446 + v450;
  t452[i] = v452;
  let v447: f32 = l445 * l70;
  let v451: f32 = l448 * l67;
  let v455: f32 = v447 + v451;
  t455[i] = v455;
}
