// kernel k17_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t134: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t136: array<f32>;
@group(0) @binding(3) var<storage, read_write> t144: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l134: f32 = t134[i];
    let l139: f32 = p_blocks_0_ffn_mix_k[i];
    let v140: f32 = l134 * l139;
    let l138: f32 = t136[i];
    let l16: f32 = p_blocks_0_ffn_mix_k[i];
    let v141: f32 = 1.0f - l16;
    let v143: f32 = l138 * v141;
    let v144: f32 = v140 + v143;
    t144[i] = v144;
    let l148: f32 = p_blocks_0_ffn_mix_r[i];
    let v149: f32 = l134 * l148;
    let l17: f32 = p_blocks_0_ffn_mix_r[i];
    let v150: f32 = 1.0f - l17;
    let v152: f32 = l138 * v150;
    let v153: f32 = v149 + v152;
    t153[i] = v153;
  }
}
