// kernel k194_ew
@group(0) @binding(0) var<storage, read> t1026: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1057: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1060: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k194_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1050: f32 = t1026[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1051: f32 = l1050 * l101;
  let l1053: f32 = t1026[i * 2i];
  let v1054: f32 = -l1053;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1055: f32 = v1054 * l104;
  let v1057: f32 = v1051 + v1055;
  t1057[i] = v1057;
  let v1052: f32 = l1050 * l104;
  let v1056: f32 = l1053 * l101;
  let v1060: f32 = v1052 + v1056;
  t1060[i] = v1060;
}
