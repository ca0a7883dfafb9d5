// kernel k126_ew
@group(0) @binding(0) var<storage, read> t616: array<f32>;
@group(0) @binding(1) var<storage, read_write> t628: array<f32>;
@group(0) @binding(2) var<storage, read_write> t631: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l621: f32 = t616[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v622: f32 = l621 * l75;
  let l624: f32 = t616[i * 2i];
  let v625: f32 = -l624;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v626: f32 = v625 * l78;
  let v628: f32 = v622 + v626;
  t628[i] = v628;
  let v623: f32 = l621 * l78;
  let v627: f32 = l624 * l75;
  let v631: f32 = v623 + v627;
  t631[i] = v631;
}
