// kernel k48_gather (compiler/std/lowbit.loom:69:52)
@group(0) @binding(0) var<storage, read> t290: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_w_out: array<f32>;
@group(0) @binding(2) var<storage, read_write> t298: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k48_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l290: f32 = t290[i / 256i * 4i + i / 64i % 4i];
  let ix: i32 = i32(l290);
  let l29: f32 = p_blocks_1_ffn_w_out[ix * 64i + i % 64i];
  t298[i] = l29;
}
