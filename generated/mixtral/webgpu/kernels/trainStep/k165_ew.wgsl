// kernel k165_ew
@group(0) @binding(0) var<storage, read> t788: array<f32>;
@group(0) @binding(1) var<storage, read_write> t819: array<f32>;
@group(0) @binding(2) var<storage, read_write> t822: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k165_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l812: f32 = t788[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v813: f32 = l812 * l67;
  let l815: f32 = t788[i * 2i];
  let v816: f32 = -l815;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v817: f32 = v816 * l70;
  let v819: f32 = v813 + v817;
  t819[i] = v819;
  let v814: f32 = l812 * l70;
  let v818: f32 = l815 * l67;
  let v822: f32 = v814 + v818;
  t822[i] = v822;
}
