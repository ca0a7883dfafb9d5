// kernel k163_ew
@group(0) @binding(0) var<storage, read> t757: array<f32>;
@group(0) @binding(1) var<storage, read_write> t788: array<f32>;
@group(0) @binding(2) var<storage, read_write> t791: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k163_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l781: f32 = t757[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l67: f32 = cos(g_4);
  let v782: f32 = l781 * l67;
  let l784: f32 = t757[i * 2i];
  let v785: f32 = -l784;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l70: f32 = sin(g_9);
  let v786: f32 = v785 * l70;
  let v788: f32 = v782 + v786;
  t788[i] = v788;
  let v783: f32 = l781 * l70;
  let v787: f32 = l784 * l67;
  let v791: f32 = v783 + v787;
  t791[i] = v791;
}
