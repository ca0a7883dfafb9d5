// kernel k105_ew
@group(0) @binding(0) var<storage, read> t554: array<f32>;
@group(0) @binding(1) var<storage, read_write> t566: array<f32>;
@group(0) @binding(2) var<storage, read_write> t569: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k105_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l559: f32 = t554[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v560: f32 = l559 * l85;
  let l562: f32 = t554[i * 2i];
  let v563: f32 = -l562;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v564: f32 = v563 * l87;
  let v566: f32 = v560 + v564;
  t566[i] = v566;
  let v561: f32 = l559 * l87;
  let v565: f32 = l562 * l85;
  let v569: f32 = v561 + v565;
  t569[i] = v569;
}
