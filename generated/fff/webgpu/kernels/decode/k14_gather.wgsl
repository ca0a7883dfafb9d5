// kernel k14_gather (compiler/std/lowbit.loom:68:39)
@group(0) @binding(0) var<storage, read> t150: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_w_in: array<f32>;
@group(0) @binding(2) var<storage, read_write> t151: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l150: f32 = t150[i / 64i];
  let ix: i32 = i32(l150);
  let l14: f32 = p_blocks_0_ffn_w_in[ix * 64i + i % 64i];
  t151[i] = l14;
}
