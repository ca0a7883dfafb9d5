// kernel k149_ew
@group(0) @binding(0) var<storage, read> t689: array<f32>;
@group(0) @binding(1) var<storage, read_write> t701: array<f32>;
@group(0) @binding(2) var<storage, read_write> t704: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l694: f32 = t689[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v695: f32 = l694 * l85;
  let l697: f32 = t689[i * 2i];
  let v698: f32 = -l697;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v699: f32 = v698 * l87;
  let v701: f32 = v695 + v699;
  t701[i] = v701;
  let v696: f32 = l694 * l87;
  let v700: f32 = l697 * l85;
  let v704: f32 = v696 + v700;
  t704[i] = v704;
}
