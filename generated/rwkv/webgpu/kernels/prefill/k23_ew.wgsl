// kernel k23_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t155: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t157: array<f32>;
@group(0) @binding(3) var<storage, read> t163: array<f32>;
@group(0) @binding(4) var<storage, read_write> t167: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t174: array<f32>;
@group(0) @binding(7) var<storage, read_write> t178: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l155: f32 = t155[i];
  let l161: f32 = p_blocks_0_ffn_mix_k[i % 64i];
  let v162: f32 = l155 * l161;
  let l159: f32 = t157[i];
  let l165: f32 = t163[i % 64i];
  let v166: f32 = l159 * l165;
  let v167: f32 = v162 + v166;
  t167[i] = v167;
  let l172: f32 = p_blocks_0_ffn_mix_r[i % 64i];
  let v173: f32 = l155 * l172;
  let l176: f32 = t174[i % 64i];
  let v177: f32 = l159 * l176;
  let v178: f32 = v173 + v177;
  t178[i] = v178;
}
