// kernel k107_ew
@group(0) @binding(0) var<storage, read> t553: array<f32>;
@group(0) @binding(1) var<storage, read_write> t584: array<f32>;
@group(0) @binding(2) var<storage, read_write> t587: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k107_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l577: f32 = t553[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v578: f32 = l577 * l67;
  let l580: f32 = t553[i * 2i];
  let v581: f32 = -l580;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v582: f32 = v581 * l70;
  let v584: f32 = v578 + v582;
  t584[i] = v584;
  let v579: f32 = l577 * l70;
  let v583: f32 = l580 * l67;
  let v587: f32 = v579 + v583;
  t587[i] = v587;
}
