// kernel k12_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wo_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t100: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k12_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l96: f32 = p_blocks_0_attn_wo_alpha[i / 64i];
  let l12: f32 = p_blocks_0_attn_wo_w[i];
  let v95: f32 = select(select(0.0f, -1.0f, l12 < 0.0f), 1.0f, l12 > 0.0f);
  let v97: f32 = l96 * v95;
  let l99: f32 = p_blocks_0_attn_wo_beta[i / 64i];
  let v100: f32 = v97 + l99;
  t100[i] = v100;
}
