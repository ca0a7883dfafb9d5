// kernel k149_ew
@group(0) @binding(0) var<storage, read> t657: array<f32>;
@group(0) @binding(1) var<storage, read_write> t688: array<f32>;
@group(0) @binding(2) var<storage, read_write> t691: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l681: f32 = t657[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v682: f32 = l681 * l67;
  let l684: f32 = t657[i * 2i];
  let v685: f32 = -l684;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v686: f32 = v685 * l70;
  let v688: f32 = v682 + v686;
  t688[i] = v688;
  let v683: f32 = l681 * l70;
  let v687: f32 = l684 * l67;
  let v691: f32 = v683 + v687;
  t691[i] = v691;
}
