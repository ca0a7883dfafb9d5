// kernel k6_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wv_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t93: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l89: f32 = p_blocks_0_attn_wv_alpha[i / 64i];
  let l9: f32 = p_blocks_0_attn_wv_w[i];
  let v88: f32 = select(select(0.0f, -1.0f, l9 < 0.0f), 1.0f, l9 > 0.0f);
  let v90: f32 = l89 * v88;
  let l92: f32 = p_blocks_0_attn_wv_beta[i / 64i];
  let v93: f32 = v90 + l92;
  t93[i] = v93;
}
