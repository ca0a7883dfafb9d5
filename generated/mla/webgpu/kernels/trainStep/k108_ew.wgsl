// kernel k108_ew
@group(0) @binding(0) var<storage, read> t524: array<f32>;
@group(0) @binding(1) var<storage, read_write> t541: array<f32>;
@group(0) @binding(2) var<storage, read_write> t544: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k108_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l534: f32 = t524[1i + i * 2i];
  let g: f32 = f32(i % 256i / 4i);
  let g_1: f32 = f32(i % 256i % 4i);
  let g_2: f32 = g_1 * -2.3025851f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l112: f32 = cos(g_4);
  let v535: f32 = l534 * l112;
  let l537: f32 = t524[i * 2i];
  let v538: f32 = -l537;
  let g_5: f32 = f32(i % 256i / 4i);
  let g_6: f32 = f32(i % 256i % 4i);
  let g_7: f32 = g_6 * -2.3025851f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l114: f32 = sin(g_9);
  let v539: f32 = v538 * l114;
  let v541: f32 = v535 + v539;
  t541[i] = v541;
  let v536: f32 = l534 * l114;
  let v540: f32 = l537 * l112;
  let v544: f32 = v536 + v540;
  t544[i] = v544;
}
