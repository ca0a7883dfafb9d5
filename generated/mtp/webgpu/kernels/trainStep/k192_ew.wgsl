// kernel k192_ew
@group(0) @binding(0) var<storage, read> t1027: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1039: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1042: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k192_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1032: f32 = t1027[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1033: f32 = l1032 * l101;
  let l1035: f32 = t1027[i * 2i];
  let v1036: f32 = -l1035;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1037: f32 = v1036 * l104;
  let v1039: f32 = v1033 + v1037;
  t1039[i] = v1039;
  let v1034: f32 = l1032 * l104;
  let v1038: f32 = l1035 * l101;
  let v1042: f32 = v1034 + v1038;
  t1042[i] = v1042;
}
