// kernel k48_gather (compiler/std/lowbit.loom:68:39)
@group(0) @binding(0) var<storage, read> t311: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_w_in: array<f32>;
@group(0) @binding(2) var<storage, read_write> t312: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k48_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l311: f32 = t311[i / 64i];
  let ix: i32 = i32(l311);
  let l28: f32 = p_blocks_1_ffn_w_in[ix * 64i + i % 64i];
  t312[i] = l28;
}
