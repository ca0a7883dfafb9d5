// kernel k12_gather (compiler/std/lowbit.loom:69:52)
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read_write> t126: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k12_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32((i / 256i * 4i + i / 64i % 4i) % 4i);
  let g_1: f32 = g * 63.0f;
  let g_2: f32 = f32((i / 256i * 4i + i / 64i % 4i) / 4i);
  let g_3: f32 = 0.0f * g_2;
  let g_4: f32 = g_1 + g_3;
  let g_5: f32 = f32((i / 256i * 4i + i / 64i % 4i) % 4i);
  let g_6: f32 = g_5 * 63.0f;
  let g_7: f32 = f32((i / 256i * 4i + i / 64i % 4i) / 4i);
  let g_8: f32 = 0.0f * g_7;
  let g_9: f32 = g_6 + g_8;
  let g_10: f32 = 0.0f * g_9;
  let l115: f32 = g_4 + g_10;
  let ix: i32 = i32(l115);
  let l15: f32 = p_blocks_0_ffn_w_out[ix * 64i + i % 64i];
  t126[i] = l15;
}
