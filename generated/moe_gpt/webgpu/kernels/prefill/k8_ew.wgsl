// kernel k8_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t48: array<f32>;
@group(0) @binding(1) var<storage, read_write> t94: array<f32>;
@group(0) @binding(2) var<storage, read_write> t98: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l89: f32 = t48[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l74: f32 = cos(g_4);
  let v92: f32 = l89 * l74;
  let l91: f32 = t48[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l77: f32 = sin(g_9);
  let v93: f32 = l91 * l77;
  let v94: f32 = v92 - v93;
  t94[i] = v94;
  let v96: f32 = l89 * l77;
  let v97: f32 = l91 * l74;
  let v98: f32 = v96 + v97;
  t98[i] = v98;
}
