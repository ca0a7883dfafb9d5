// kernel k15_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> t145: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l141: f32 = p_blocks_0_mlp_fc_alpha[i / 256i];
  let l16: f32 = p_blocks_0_mlp_fc_w[i];
  let v140: f32 = select(select(0.0f, -1.0f, l16 < 0.0f), 1.0f, l16 > 0.0f);
  let v142: f32 = l141 * v140;
  let l144: f32 = p_blocks_0_mlp_fc_beta[i / 256i];
  let v145: f32 = v142 + l144;
  t145[i] = v145;
}
