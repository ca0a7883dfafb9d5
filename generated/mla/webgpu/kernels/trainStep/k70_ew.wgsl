// kernel k70_ew
@group(0) @binding(0) var<storage, read> t360: array<f32>;
@group(0) @binding(1) var<storage, read_write> t377: array<f32>;
@group(0) @binding(2) var<storage, read_write> t380: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k70_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l370: f32 = t360[1i + i * 2i];
  let g: f32 = f32(i % 256i / 4i);
  let g_1: f32 = f32(i % 256i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l112: f32 = cos(g_4);
  let v371: f32 = l370 * l112;
  let l373: f32 = t360[i * 2i];
  let v374: f32 = -l373;
  let g_5: f32 = f32(i % 256i / 4i);
  let g_6: f32 = f32(i % 256i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l114: f32 = sin(g_9);
  let v375: f32 = v374 * l114;
  let v377: f32 = v371 + v375;
  t377[i] = v377;
  let v372: f32 = l370 * l114;
  let v376: f32 = l373 * l112;
  let v380: f32 = v372 + v376;
  t380[i] = v380;
}
