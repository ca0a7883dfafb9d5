// kernel k6_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t45: array<f32>;
@group(0) @binding(1) var<storage, read_write> t79: array<f32>;
@group(0) @binding(2) var<storage, read_write> t83: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l70: f32 = t45[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l74: f32 = cos(g_4);
  let v75: f32 = l70 * l74;
  let l72: f32 = t45[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l77: f32 = sin(g_9);
  let v78: f32 = l72 * l77;
  let v79: f32 = v75 - v78;
  t79[i] = v79;
  let v81: f32 = l70 * l77;
  let v82: f32 = l72 * l74;
  let v83: f32 = v81 + v82;
  t83[i] = v83;
}
