// kernel k35_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_proj_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l217: f32 = p_blocks_1_mlp_proj_alpha[i / 64i];
  let l39: f32 = p_blocks_1_mlp_proj_w[i];
  let v216: f32 = select(select(0.0f, -1.0f, l39 < 0.0f), 1.0f, l39 > 0.0f);
  let v218: f32 = l217 * v216;
  let l220: f32 = p_blocks_1_mlp_proj_beta[i / 64i];
  let v221: f32 = v218 + l220;
  t221[i] = v221;
}
