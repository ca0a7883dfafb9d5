// kernel k191_ew
@group(0) @binding(0) var<storage, read> t887: array<f32>;
@group(0) @binding(1) var<storage, read_write> t899: array<f32>;
@group(0) @binding(2) var<storage, read_write> t902: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k191_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l892: f32 = t887[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v893: f32 = l892 * l75;
  let l895: f32 = t887[i * 2i];
  let v896: f32 = -l895;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v897: f32 = v896 * l78;
  let v899: f32 = v893 + v897;
  t899[i] = v899;
  let v894: f32 = l892 * l78;
  let v898: f32 = l895 * l75;
  let v902: f32 = v894 + v898;
  t902[i] = v902;
}
