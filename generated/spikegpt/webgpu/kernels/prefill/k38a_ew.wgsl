// kernel k38a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t225: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t227: array<f32>;
@group(0) @binding(3) var<storage, read> t234: array<f32>;
@group(0) @binding(4) var<storage, read_write> t238: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t243: array<f32>;
@group(0) @binding(7) var<storage, read_write> t247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k38a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l225: f32 = t225[i];
  let l232: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v233: f32 = l225 * l232;
  let l229: f32 = t227[i];
  let l236: f32 = t234[i % 64i];
  let v237: f32 = l229 * l236;
  let v238: f32 = v233 + v237;
  t238[i] = v238;
  let l241: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v242: f32 = l225 * l241;
  let l245: f32 = t243[i % 64i];
  let v246: f32 = l229 * l245;
  let v247: f32 = v242 + v246;
  t247[i] = v247;
}
