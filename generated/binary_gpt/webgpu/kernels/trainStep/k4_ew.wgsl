// kernel k4_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read_write> t72: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wk_alpha: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wk_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t77: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k4_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let v72: f32 = select(select(0.0f, -1.0f, l6 < 0.0f), 1.0f, l6 > 0.0f);
  t72[i] = v72;
  let l73: f32 = p_blocks_0_attn_wk_alpha[i / 64i];
  let v74: f32 = l73 * v72;
  let l76: f32 = p_blocks_0_attn_wk_beta[i / 64i];
  let v77: f32 = v74 + l76;
  t77[i] = v77;
}
