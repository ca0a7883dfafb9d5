// kernel k79_ew
@group(0) @binding(0) var<storage, read> t393: array<f32>;
@group(0) @binding(1) var<storage, read_write> t424: array<f32>;
@group(0) @binding(2) var<storage, read_write> t427: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k79_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l417: f32 = t393[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v418: f32 = l417 * l65;
  let l420: f32 = t393[i * 2i];
  let v421: f32 = -l420;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v422: f32 = v421 * l68;
  let v424: f32 = v418 + v422;
  t424[i] = v424;
  let v419: f32 = l417 * l68;
  let v423: f32 = l420 * l65;
  let v427: f32 = v419 + v423;
  t427[i] = v427;
}
