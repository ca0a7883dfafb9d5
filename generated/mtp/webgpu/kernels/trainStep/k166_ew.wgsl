// kernel k166_ew
@group(0) @binding(0) var<storage, read> t923: array<f32>;
@group(0) @binding(1) var<storage, read_write> t954: array<f32>;
@group(0) @binding(2) var<storage, read_write> t957: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k166_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l947: f32 = t923[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l101: f32 = cos(g_4);
  let v948: f32 = l947 * l101;
  let l950: f32 = t923[i * 2i];
  let v951: f32 = -l950;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l104: f32 = sin(g_9);
  let v952: f32 = v951 * l104;
  let v954: f32 = v948 + v952;
  t954[i] = v954;
  let v949: f32 = l947 * l104;
  let v953: f32 = l950 * l101;
  let v957: f32 = v949 + v953;
  t957[i] = v957;
}
