// kernel k54_ew
@group(0) @binding(0) var<storage, read> t332: array<f32>;
@group(0) @binding(1) var<storage, read_write> t362: array<f32>;
@group(0) @binding(2) var<storage, read_write> t365: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k54_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l355: f32 = t332[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l64: f32 = cos(g_4);
  let v356: f32 = l355 * l64;
  let l358: f32 = t332[i * 2i];
  let v359: f32 = -l358;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l68: f32 = sin(g_9);
  let v360: f32 = v359 * l68;
  let v362: f32 = v356 + v360;
  t362[i] = v362;
  let v357: f32 = l355 * l68;
  let v361: f32 = l358 * l64;
  let v365: f32 = v357 + v361;
  t365[i] = v365;
}
