// kernel k4_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wk_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t75: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k4_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l71: f32 = p_blocks_0_attn_wk_alpha[i / 64i];
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let v70: f32 = select(select(0.0f, -1.0f, l6 < 0.0f), 1.0f, l6 > 0.0f);
  let v72: f32 = l71 * v70;
  let l74: f32 = p_blocks_0_attn_wk_beta[i / 64i];
  let v75: f32 = v72 + l74;
  t75[i] = v75;
}
