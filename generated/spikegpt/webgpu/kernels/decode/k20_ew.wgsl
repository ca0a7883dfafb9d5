// kernel k20_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t147: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t149: array<f32>;
@group(0) @binding(3) var<storage, read_write> t157: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t166: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l147: f32 = t147[i];
    let l152: f32 = p_blocks_0_ffn_mix_k[i];
    let v153: f32 = l147 * l152;
    let l151: f32 = t149[i];
    let l16: f32 = p_blocks_0_ffn_mix_k[i];
    let v154: f32 = 1.0f - l16;
    let v156: f32 = l151 * v154;
    let v157: f32 = v153 + v156;
    t157[i] = v157;
    let l161: f32 = p_blocks_0_ffn_mix_r[i];
    let v162: f32 = l147 * l161;
    let l17: f32 = p_blocks_0_ffn_mix_r[i];
    let v163: f32 = 1.0f - l17;
    let v165: f32 = l151 * v163;
    let v166: f32 = v162 + v165;
    t166[i] = v166;
  }
}
