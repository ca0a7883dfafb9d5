// kernel k151_ew
@group(0) @binding(0) var<storage, read> t688: array<f32>;
@group(0) @binding(1) var<storage, read_write> t719: array<f32>;
@group(0) @binding(2) var<storage, read_write> t722: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l712: f32 = t688[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v713: f32 = l712 * l67;
  let l715: f32 = t688[i * 2i];
  let v716: f32 = -l715;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v717: f32 = v716 * l70;
  let v719: f32 = v713 + v717;
  t719[i] = v719;
  let v714: f32 = l712 * l70;
  let v718: f32 = l715 * l67;
  let v722: f32 = v714 + v718;
  t722[i] = v722;
}
