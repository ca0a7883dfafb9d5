// kernel k54_gather (compiler/std/moe.loom:166:46)
@group(0) @binding(0) var<storage, read> t284: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_u: array<f32>;
@group(0) @binding(2) var<storage, read_write> t286: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k54_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l285: f32 = t284[i / 512i * 8i + i / 64i % 8i];
  let ix: i32 = i32(l285);
  let l34: f32 = p_blocks_1_ffn_u[ix * 64i + i % 64i];
  t286[i] = l34;
}
