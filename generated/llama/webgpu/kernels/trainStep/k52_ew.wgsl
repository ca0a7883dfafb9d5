// kernel k52_ew
@group(0) @binding(0) var<storage, read> t333: array<f32>;
@group(0) @binding(1) var<storage, read_write> t344: array<f32>;
@group(0) @binding(2) var<storage, read_write> t347: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k52_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l337: f32 = t333[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l64: f32 = cos(g_4);
  let v338: f32 = l337 * l64;
  let l340: f32 = t333[i * 2i];
  let v341: f32 = -l340;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v342: f32 = v341 * l68;
  let v344: f32 = v338 + v342;
  t344[i] = v344;
  let v339: f32 = l337 * l68;
  let v343: f32 = l340 * l64;
  let v347: f32 = v339 + v343;
  t347[i] = v347;
}
