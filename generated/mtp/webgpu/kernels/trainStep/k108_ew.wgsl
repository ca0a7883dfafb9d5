// kernel k108_ew
@group(0) @binding(0) var<storage, read> t715: array<f32>;
@group(0) @binding(1) var<storage, read_write> t727: array<f32>;
@group(0) @binding(2) var<storage, read_write> t730: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k108_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l720: f32 = t715[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v721: f32 = l720 * l101;
  let l723: f32 = t715[i * 2i];
  let v724: f32 = -l723;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v725: f32 = v724 * l104;
  let v727: f32 = v721 + v725;
  t727[i] = v727;
  let v722: f32 = l720 * l104;
  let v726: f32 = l723 * l101;
  let v730: f32 = v722 + v726;
  t730[i] = v730;
}
