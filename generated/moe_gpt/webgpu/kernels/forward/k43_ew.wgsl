// kernel k43_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t221: array<f32>;
@group(0) @binding(1) var<storage, read_write> t249: array<f32>;
@group(0) @binding(2) var<storage, read_write> t253: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l244: f32 = t221[i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l74: f32 = cos(g_4);
  let v247: f32 = l244 * l74;
  let l246: f32 = t221[1i + i / 512i * 16i + i / 8i % 64i * 64i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l77: f32 = sin(g_9);
  let v248: f32 = l246 * l77;
  let v249: f32 = v247 - v248;
  t249[i] = v249;
  let v251: f32 = l244 * l77;
  let v252: f32 = l246 * l74;
  let v253: f32 = v251 + v252;
  t253[i] = v253;
}
