// kernel k77_ew
@group(0) @binding(0) var<storage, read> t404: array<f32>;
@group(0) @binding(1) var<storage, read_write> t416: array<f32>;
@group(0) @binding(2) var<storage, read_write> t419: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k77_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l409: f32 = t404[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v410: f32 = l409 * l65;
  let l412: f32 = t404[i * 2i];
  let v413: f32 = -l412;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v414: f32 = v413 * l68;
  let v416: f32 = v410 + v414;
  t416[i] = v416;
  let v411: f32 = l409 * l68;
  let v415: f32 = l412 * l65;
  let v419: f32 = v411 + v415;
  t419[i] = v419;
}
