// kernel k222_ew
@group(0) @binding(0) var<storage, read> t1144: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1156: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k222_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1149: f32 = t1144[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1150: f32 = l1149 * l101;
  let l1152: f32 = t1144[i * 2i];
  let v1153: f32 = -l1152;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1154: f32 = v1153 * l104;
  let v1156: f32 = v1150 + v1154;
  t1156[i] = v1156;
  let v1151: f32 = l1149 * l104;
  let v1155: f32 = l1152 * l101;
  let v1159: f32 = v1151 + v1155;
  t1159[i] = v1159;
}
