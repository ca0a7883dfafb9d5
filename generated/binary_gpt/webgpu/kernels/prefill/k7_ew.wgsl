// kernel k7_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wv_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t86: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = p_blocks_0_attn_wv_alpha[i / 64i];
  let l9: f32 = p_blocks_0_attn_wv_w[i];
  let v81: f32 = select(select(0.0f, -1.0f, l9 < 0.0f), 1.0f, l9 > 0.0f);
  let v83: f32 = l82 * v81;
  let l85: f32 = p_blocks_0_attn_wv_beta[i / 64i];
  let v86: f32 = v83 + l85;
  t86[i] = v86;
}
