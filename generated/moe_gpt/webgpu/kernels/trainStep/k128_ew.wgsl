// kernel k128_ew
@group(0) @binding(0) var<storage, read> t635: array<f32>;
@group(0) @binding(1) var<storage, read_write> t666: array<f32>;
@group(0) @binding(2) var<storage, read_write> t669: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l659: f32 = t635[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v660: f32 = l659 * l75;
  let l662: f32 = t635[i * 2i];
  let v663: f32 = -l662;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v664: f32 = v663 * l78;
  let v666: f32 = v660 + v664;
  t666[i] = v666;
  let v661: f32 = l659 * l78;
  let v665: f32 = l662 * l75;
  let v669: f32 = v661 + v665;
  t669[i] = v669;
}
