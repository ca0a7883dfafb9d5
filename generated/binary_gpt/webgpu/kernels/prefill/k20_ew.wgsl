// kernel k20_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_wq_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l150: f32 = p_blocks_1_attn_wq_alpha[i / 64i];
  let l23: f32 = p_blocks_1_attn_wq_w[i];
  let v149: f32 = select(select(0.0f, -1.0f, l23 < 0.0f), 1.0f, l23 > 0.0f);
  let v151: f32 = l150 * v149;
  let l153: f32 = p_blocks_1_attn_wq_beta[i / 64i];
  let v154: f32 = v151 + l153;
  t154[i] = v154;
}
