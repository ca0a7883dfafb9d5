// kernel k50_gather (compiler/std/lowbit.loom:68:39)
@group(0) @binding(0) var<storage, read> t306: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_w_in: array<f32>;
@group(0) @binding(2) var<storage, read_write> t307: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k50_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l306: f32 = t306[i / 256i * 4i + i / 64i % 4i];
  let ix: i32 = i32(l306);
  let l28: f32 = p_blocks_1_ffn_w_in[ix * 64i + i % 64i];
  t307[i] = l28;
}
