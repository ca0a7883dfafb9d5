// kernel k79_ew
@group(0) @binding(0) var<storage, read> t410: array<f32>;
@group(0) @binding(1) var<storage, read_write> t422: array<f32>;
@group(0) @binding(2) var<storage, read_write> t425: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l415: f32 = t410[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l83: f32 = cos(g_4);
  let v416: f32 = l415 * l83;
  let l418: f32 = t410[i * 2i];
  let v419: f32 = -l418;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l85: f32 = sin(g_9);
  let v420: f32 = v419 * l85;
  let v422: f32 = v416 + v420;
  t422[i] = v422;
  let v417: f32 = l415 * l85;
  let v421: f32 = l418 * l83;
  let v425: f32 = v417 + v421;
  t425[i] = v425;
}
