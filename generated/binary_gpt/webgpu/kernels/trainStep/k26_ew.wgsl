// kernel k26_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read_write> t182: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_wo_alpha: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t187: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_attn_wo_w[i];
  let v182: f32 = select(select(0.0f, -1.0f, l32 < 0.0f), 1.0f, l32 > 0.0f);
  t182[i] = v182;
  let l183: f32 = p_blocks_1_attn_wo_alpha[i / 64i];
  let v184: f32 = l183 * v182;
  let l186: f32 = p_blocks_1_attn_wo_beta[i / 64i];
  let v187: f32 = v184 + l186;
  t187[i] = v187;
}
