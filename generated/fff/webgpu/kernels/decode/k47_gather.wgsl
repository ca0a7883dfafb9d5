// kernel k47_gather (compiler/std/lowbit.loom:69:52)
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read_write> t305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 64i);
  let g_1: f32 = g * 63.0f;
  let g_2: f32 = f32(i / 64i);
  let g_3: f32 = g_2 * 63.0f;
  let g_4: f32 = 0.0f * g_3;
  let l128: f32 = g_1 + g_4;
  let ix: i32 = i32(l128);
  let l29: f32 = p_blocks_1_ffn_w_out[ix * 64i + i % 64i];
  t305[i] = l29;
}
