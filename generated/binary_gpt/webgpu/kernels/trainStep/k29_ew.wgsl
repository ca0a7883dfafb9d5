// kernel k29_ew (compiler/std/lowbit.loom:18:35)
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read_write> t201: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_alpha: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_fc_beta: array<f32>;
@group(0) @binding(4) var<storage, read_write> t206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l36: f32 = p_blocks_1_mlp_fc_w[i];
  let v201: f32 = select(select(0.0f, -1.0f, l36 < 0.0f), 1.0f, l36 > 0.0f);
  t201[i] = v201;
  let l202: f32 = p_blocks_1_mlp_fc_alpha[i / 256i];
  let v203: f32 = l202 * v201;
  let l205: f32 = p_blocks_1_mlp_fc_beta[i / 256i];
  let v206: f32 = v203 + l205;
  t206[i] = v206;
}
