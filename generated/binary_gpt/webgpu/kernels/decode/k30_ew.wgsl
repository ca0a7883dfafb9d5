// kernel k30_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_wo_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l226: f32 = p_blocks_1_attn_wo_alpha[i / 64i];
  let l32: f32 = p_blocks_1_attn_wo_w[i];
  let v225: f32 = select(select(0.0f, -1.0f, l32 < 0.0f), 1.0f, l32 > 0.0f);
  let v227: f32 = l226 * v225;
  let l229: f32 = p_blocks_1_attn_wo_beta[i / 64i];
  let v230: f32 = v227 + l229;
  t230[i] = v230;
}
