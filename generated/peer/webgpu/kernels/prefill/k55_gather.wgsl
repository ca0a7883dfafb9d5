// kernel k55_gather (compiler/std/moe.loom:167:60)
@group(0) @binding(0) var<storage, read> t256: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_v: array<f32>;
@group(0) @binding(2) var<storage, read_write> t273: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k55_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l257: f32 = t256[i / 2048i * 32i + i / 512i % 4i * 8i + i / 64i % 8i];
  let ix: i32 = i32(l257);
  let l35: f32 = p_blocks_1_ffn_v[ix * 64i + i % 64i];
  t273[i] = l35;
}
