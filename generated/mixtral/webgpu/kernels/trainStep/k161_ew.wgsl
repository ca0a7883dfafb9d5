// kernel k161_ew
@group(0) @binding(0) var<storage, read> t758: array<f32>;
@group(0) @binding(1) var<storage, read_write> t770: array<f32>;
@group(0) @binding(2) var<storage, read_write> t773: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l763: f32 = t758[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v764: f32 = l763 * l85;
  let l766: f32 = t758[i * 2i];
  let v767: f32 = -l766;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v768: f32 = v767 * l87;
  let v770: f32 = v764 + v768;
  t770[i] = v770;
  let v765: f32 = l763 * l87;
  let v769: f32 = l766 * l85;
  let v773: f32 = v765 + v769;
  t773[i] = v773;
}
