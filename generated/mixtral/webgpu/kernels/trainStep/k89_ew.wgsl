// kernel k89_ew
@group(0) @binding(0) var<storage, read> t422: array<f32>;
@group(0) @binding(1) var<storage, read_write> t434: array<f32>;
@group(0) @binding(2) var<storage, read_write> t437: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l427: f32 = t422[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v428: f32 = l427 * l85;
  let l430: f32 = t422[i * 2i];
  let v431: f32 = -l430;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v432: f32 = v431 * l87;
  let v434: f32 = v428 + v432;
  t434[i] = v434;
  let v429: f32 = l427 * l87;
  let v433: f32 = l430 * l85;
  let v437: f32 = v429 + v433;
  t437[i] = v437;
}
