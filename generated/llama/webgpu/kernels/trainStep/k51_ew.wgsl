// kernel k51_ew
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read_write> t316: array<f32>;
@group(0) @binding(2) var<storage, read_write> t319: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l309: f32 = t285[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v310: f32 = l309 * l65;
  let l312: f32 = t285[i * 2i];
  let v313: f32 = -l312;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v314: f32 = v313 * l68;
  let v316: f32 = v310 + v314;
  t316[i] = v316;
  let v311: f32 = l309 * l68;
  let v315: f32 = l312 * l65;
  let v319: f32 = v311 + v315;
  t319[i] = v319;
}
