// kernel k79_ew
@group(0) @binding(0) var<storage, read> t405: array<f32>;
@group(0) @binding(1) var<storage, read_write> t436: array<f32>;
@group(0) @binding(2) var<storage, read_write> t439: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l429: f32 = t405[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v430: f32 = l429 * l65;
  let l432: f32 = t405[i * 2i];
  let v433: f32 = -l432;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v434: f32 = v433 * l68;
  let v436: f32 = v430 + v434;
  t436[i] = v436;
  let v431: f32 = l429 * l68;
  let v435: f32 = l432 * l65;
  let v439: f32 = v431 + v435;
  t439[i] = v439;
}
