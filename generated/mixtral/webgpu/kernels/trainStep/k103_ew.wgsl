// kernel k103_ew
@group(0) @binding(0) var<storage, read> t523: array<f32>;
@group(0) @binding(1) var<storage, read_write> t535: array<f32>;
@group(0) @binding(2) var<storage, read_write> t538: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k103_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l528: f32 = t523[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v529: f32 = l528 * l85;
  let l531: f32 = t523[i * 2i];
  let v532: f32 = -l531;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v533: f32 = v532 * l87;
  let v535: f32 = v529 + v533;
  t535[i] = v535;
  let v530: f32 = l528 * l87;
  let v534: f32 = l531 * l85;
  let v538: f32 = v530 + v534;
  t538[i] = v538;
}
