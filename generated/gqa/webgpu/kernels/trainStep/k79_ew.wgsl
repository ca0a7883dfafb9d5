// kernel k79_ew
@group(0) @binding(0) var<storage, read> t395: array<f32>;
@group(0) @binding(1) var<storage, read_write> t426: array<f32>;
@group(0) @binding(2) var<storage, read_write> t429: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l419: f32 = t395[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v420: f32 = l419 * l65;
  let l422: f32 = t395[i * 2i];
  let v423: f32 = -l422;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v424: f32 = v423 * l68;
  let v426: f32 = v420 + v424;
  t426[i] = v426;
  let v421: f32 = l419 * l68;
  let v425: f32 = l422 * l65;
  let v429: f32 = v421 + v425;
  t429[i] = v429;
}
