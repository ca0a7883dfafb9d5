// kernel k110_ew
@group(0) @binding(0) var<storage, read> t714: array<f32>;
@group(0) @binding(1) var<storage, read_write> t745: array<f32>;
@group(0) @binding(2) var<storage, read_write> t748: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l738: f32 = t714[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v739: f32 = l738 * l101;
  let l741: f32 = t714[i * 2i];
  let v742: f32 = -l741;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v743: f32 = v742 * l104;
  let v745: f32 = v739 + v743;
  t745[i] = v745;
  let v740: f32 = l738 * l104;
  let v744: f32 = l741 * l101;
  let v748: f32 = v740 + v744;
  t748[i] = v748;
}
