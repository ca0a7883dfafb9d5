// kernel k17_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t138: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t139: array<f32>;
@group(0) @binding(3) var<storage, read> t144: array<f32>;
@group(0) @binding(4) var<storage, read_write> t148: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t155: array<f32>;
@group(0) @binding(7) var<storage, read_write> t159: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l138: f32 = t138[i];
  let l142: f32 = p_blocks_0_ffn_mix_k[i % 64i];
  let v143: f32 = l138 * l142;
  let l140: f32 = t139[i];
  let l146: f32 = t144[i % 64i];
  let v147: f32 = l140 * l146;
  let v148: f32 = v143 + v147;
  t148[i] = v148;
  let l153: f32 = p_blocks_0_ffn_mix_r[i % 64i];
  let v154: f32 = l138 * l153;
  let l157: f32 = t155[i % 64i];
  let v158: f32 = l140 * l157;
  let v159: f32 = v154 + v158;
  t159[i] = v159;
}
