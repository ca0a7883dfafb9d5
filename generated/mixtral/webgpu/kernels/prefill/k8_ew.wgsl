// kernel k8_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t40: array<f32>;
@group(0) @binding(1) var<storage, read_write> t88: array<f32>;
@group(0) @binding(2) var<storage, read_write> t92: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l81: f32 = t40[i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l84: f32 = cos(g_4);
  let v85: f32 = l81 * l84;
  let l83: f32 = t40[1i + i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l86: f32 = sin(g_9);
  let v87: f32 = l83 * l86;
  let v88: f32 = v85 - v87;
  t88[i] = v88;
  let v90: f32 = l81 * l86;
  let v91: f32 = l83 * l84;
  let v92: f32 = v90 + v91;
  t92[i] = v92;
}
