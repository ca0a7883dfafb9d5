// kernel k252_ew
@group(0) @binding(0) var<storage, read> t1252: array<f32>;
@group(0) @binding(1) var<storage, read_write> t1264: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1267: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k252_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1257: f32 = t1252[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v1258: f32 = l1257 * l101;
  let l1260: f32 = t1252[i * 2i];
  let v1261: f32 = -l1260;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v1262: f32 = v1261 * l104;
  let v1264: f32 = v1258 + v1262;
  t1264[i] = v1264;
  let v1259: f32 = l1257 * l104;
  let v1263: f32 = l1260 * l101;
  let v1267: f32 = v1259 + v1263;
  t1267[i] = v1267;
}
