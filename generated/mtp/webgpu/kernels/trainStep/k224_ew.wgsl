// kernel k224_ew
@group(0) @binding(0) var<storage, read> t1143: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1174: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1177: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k224_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1167: f32 = t1143[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1168: f32 = l1167 * l101;
  let l1170: f32 = t1143[i * 2i];
  let v1171: f32 = -l1170;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1172: f32 = v1171 * l104;
  let v1174: f32 = v1168 + v1172;
  t1174[i] = v1174;
  let v1169: f32 = l1167 * l104;
  let v1173: f32 = l1170 * l101;
  let v1177: f32 = v1169 + v1173;
  t1177[i] = v1177;
}
