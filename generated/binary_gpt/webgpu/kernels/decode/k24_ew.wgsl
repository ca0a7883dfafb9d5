// kernel k24_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_wv_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t202: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l198: f32 = p_blocks_1_attn_wv_alpha[i / 64i];
  let l29: f32 = p_blocks_1_attn_wv_w[i];
  let v197: f32 = select(select(0.0f, -1.0f, l29 < 0.0f), 1.0f, l29 > 0.0f);
  let v199: f32 = l198 * v197;
  let l201: f32 = p_blocks_1_attn_wv_beta[i / 64i];
  let v202: f32 = v199 + l201;
  t202[i] = v202;
}
