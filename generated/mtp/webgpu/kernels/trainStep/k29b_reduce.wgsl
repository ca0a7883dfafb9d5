// kernel k29b_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t226: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_2_attn_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t357: array<f32>;
@group(0) @binding(3) var<storage, read> p_mtp_blocks_3_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t421: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k29b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x226: f32 = t226[row * 64i + col];
    let l356: f32 = p_mtp_blocks_2_attn_norm_g[col];
    let v357: f32 = x226 * l356;
    t357[row * 64i + col] = v357;
    let l420: f32 = p_mtp_blocks_3_attn_norm_g[col];
    let v421: f32 = x226 * l420;
    t421[row * 64i + col] = v421;
  }
}
