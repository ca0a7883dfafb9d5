// kernel k177_ew
@group(0) @binding(0) var<storage, read> t767: array<f32>;
@group(0) @binding(1) var<storage, read_write> t779: array<f32>;
@group(0) @binding(2) var<storage, read_write> t782: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k177_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l772: f32 = t767[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v773: f32 = l772 * l75;
  let l775: f32 = t767[i * 2i];
  let v776: f32 = -l775;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v777: f32 = v776 * l78;
  let v779: f32 = v773 + v777;
  t779[i] = v779;
  let v774: f32 = l772 * l78;
  let v778: f32 = l775 * l75;
  let v782: f32 = v774 + v778;
  t782[i] = v782;
}
