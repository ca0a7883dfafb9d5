// kernel k51_ew
@group(0) @binding(0) var<storage, read> t287: array<f32>;
@group(0) @binding(1) var<storage, read_write> t318: array<f32>;
@group(0) @binding(2) var<storage, read_write> t321: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l311: f32 = t287[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l65: f32 = cos(g_4);
  let v312: f32 = l311 * l65;
  let l314: f32 = t287[i * 2i];
  let v315: f32 = -l314;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v316: f32 = v315 * l68;
  let v318: f32 = v312 + v316;
  t318[i] = v318;
  let v313: f32 = l311 * l68;
  let v317: f32 = l314 * l65;
  let v321: f32 = v313 + v317;
  t321[i] = v321;
}
