// kernel k12_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wo_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t127: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k12_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l123: f32 = p_blocks_0_attn_wo_alpha[i / 64i];
  let l12: f32 = p_blocks_0_attn_wo_w[i];
  let v122: f32 = select(select(0.0f, -1.0f, l12 < 0.0f), 1.0f, l12 > 0.0f);
  let v124: f32 = l123 * v122;
  let l126: f32 = p_blocks_0_attn_wo_beta[i / 64i];
  let v127: f32 = v124 + l126;
  t127[i] = v127;
}
