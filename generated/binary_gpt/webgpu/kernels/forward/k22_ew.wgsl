// kernel k22_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_wv_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t172: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k22_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l168: f32 = p_blocks_1_attn_wv_alpha[i / 64i];
  let l29: f32 = p_blocks_1_attn_wv_w[i];
  let v167: f32 = select(select(0.0f, -1.0f, l29 < 0.0f), 1.0f, l29 > 0.0f);
  let v169: f32 = l168 * v167;
  let l171: f32 = p_blocks_1_attn_wv_beta[i / 64i];
  let v172: f32 = v169 + l171;
  t172[i] = v172;
}
