// kernel k18_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t149: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t150: array<f32>;
@group(0) @binding(3) var<storage, read> t155: array<f32>;
@group(0) @binding(4) var<storage, read_write> t159: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t166: array<f32>;
@group(0) @binding(7) var<storage, read_write> t170: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l149: f32 = t149[i];
  let l153: f32 = p_blocks_0_ffn_mix_k[i % 64i];
  let v154: f32 = l149 * l153;
  let l151: f32 = t150[i];
  let l157: f32 = t155[i % 64i];
  let v158: f32 = l151 * l157;
  let v159: f32 = v154 + v158;
  t159[i] = v159;
  let l164: f32 = p_blocks_0_ffn_mix_r[i % 64i];
  let v165: f32 = l149 * l164;
  let l168: f32 = t166[i % 64i];
  let v169: f32 = l151 * l168;
  let v170: f32 = v165 + v169;
  t170[i] = v170;
}
