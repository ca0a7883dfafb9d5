// kernel k23_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t130: array<f32>;
@group(0) @binding(1) var<storage, read_write> t158: array<f32>;
@group(0) @binding(2) var<storage, read_write> t162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l153: f32 = t130[i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l82: f32 = cos(g_4);
  let v156: f32 = l153 * l82;
  let l155: f32 = t130[1i + i / 512i * 16i + i / 8i % 64i * 32i + i % 8i * 2i];
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l84: f32 = sin(g_9);
  let v157: f32 = l155 * l84;
  let v158: f32 = v156 - v157;
  t158[i] = v158;
  let v160: f32 = l153 * l84;
  let v161: f32 = l155 * l82;
  let v162: f32 = v160 + v161;
  t162[i] = v162;
}
