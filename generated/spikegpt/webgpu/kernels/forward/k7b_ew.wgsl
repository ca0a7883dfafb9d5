// kernel k7b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t84: array<f32>;
@group(0) @binding(3) var<storage, read> t115: array<f32>;
@group(0) @binding(4) var<storage, read_write> t119: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = t82[i];
  let l113: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v114: f32 = l82 * l113;
  let l85: f32 = t84[i];
  let l117: f32 = t115[i % 64i];
  let v118: f32 = l85 * l117;
  let v119: f32 = v114 + v118;
  t119[i] = v119;
}
