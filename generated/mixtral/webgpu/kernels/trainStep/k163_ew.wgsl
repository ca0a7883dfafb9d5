// kernel k163_ew
@group(0) @binding(0) var<storage, read> t789: array<f32>;
@group(0) @binding(1) var<storage, read_write> t801: array<f32>;
@group(0) @binding(2) var<storage, read_write> t804: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k163_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l794: f32 = t789[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v795: f32 = l794 * l85;
  let l797: f32 = t789[i * 2i];
  let v798: f32 = -l797;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v799: f32 = v798 * l87;
  let v801: f32 = v795 + v799;
  t801[i] = v801;
  let v796: f32 = l794 * l87;
  let v800: f32 = l797 * l85;
  let v804: f32 = v796 + v800;
  t804[i] = v804;
}
