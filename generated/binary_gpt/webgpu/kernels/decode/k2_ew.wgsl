// kernel k2_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_attn_wq_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t66: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l62: f32 = p_blocks_0_attn_wq_alpha[i / 64i];
  let l3: f32 = p_blocks_0_attn_wq_w[i];
  let v61: f32 = select(select(0.0f, -1.0f, l3 < 0.0f), 1.0f, l3 > 0.0f);
  let v63: f32 = l62 * v61;
  let l65: f32 = p_blocks_0_attn_wq_beta[i / 64i];
  let v66: f32 = v63 + l65;
  t66[i] = v66;
}
