// kernel k57_ew
@group(0) @binding(0) var<storage, read> t352: array<f32>;
@group(0) @binding(1) var<storage, read_write> t364: array<f32>;
@group(0) @binding(2) var<storage, read_write> t367: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k57_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l357: f32 = t352[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l198: f32 = cos(g_4);
  let v358: f32 = l357 * l198;
  let l360: f32 = t352[i * 2i];
  let v361: f32 = -l360;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l200: f32 = sin(g_9);
  let v362: f32 = v361 * l200;
  let v364: f32 = v358 + v362;
  t364[i] = v364;
  let v359: f32 = l357 * l200;
  let v363: f32 = l360 * l198;
  let v367: f32 = v359 + v363;
  t367[i] = v367;
}
