// kernel k147_ew
@group(0) @binding(0) var<storage, read> t658: array<f32>;
@group(0) @binding(1) var<storage, read_write> t670: array<f32>;
@group(0) @binding(2) var<storage, read_write> t673: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k147_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l663: f32 = t658[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v664: f32 = l663 * l85;
  let l666: f32 = t658[i * 2i];
  let v667: f32 = -l666;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v668: f32 = v667 * l87;
  let v670: f32 = v664 + v668;
  t670[i] = v670;
  let v665: f32 = l663 * l87;
  let v669: f32 = l666 * l85;
  let v673: f32 = v665 + v669;
  t673[i] = v673;
}
