// kernel k2_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read_write> t62: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wq_alpha: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t67: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_blocks_0_attn_wq_w[i];
  let v62: f32 = select(select(0.0f, -1.0f, l3 < 0.0f), 1.0f, l3 > 0.0f);
  t62[i] = v62;
  let l63: f32 = p_blocks_0_attn_wq_alpha[i / 64i];
  let v64: f32 = l63 * v62;
  let l66: f32 = p_blocks_0_attn_wq_beta[i / 64i];
  let v67: f32 = v64 + l66;
  t67[i] = v67;
}
