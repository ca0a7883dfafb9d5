// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t41: array<f32>;
@group(0) @binding(1) var<storage, read_write> t89: array<f32>;
@group(0) @binding(2) var<storage, read_write> t93: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = t41[i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v86: f32 = l82 * l85;
  let l84: f32 = t41[1i + i / 1024i * 2048i + i / 512i % 2i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v88: f32 = l84 * l87;
  let v89: f32 = v86 - v88;
  t89[i] = v89;
  let v91: f32 = l82 * l87;
  let v92: f32 = l84 * l85;
  let v93: f32 = v91 + v92;
  t93[i] = v93;
}
