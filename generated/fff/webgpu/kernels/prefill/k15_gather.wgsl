// kernel k15_gather (compiler/std/lowbit.loom:69:52)
@group(0) @binding(0) var<storage, read> t137: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_w_out: array<f32>;
@group(0) @binding(2) var<storage, read_write> t145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l137: f32 = t137[i / 256i * 4i + i / 64i % 4i];
  let ix: i32 = i32(l137);
  let l15: f32 = p_blocks_0_ffn_w_out[ix * 64i + i % 64i];
  t145[i] = l15;
}
