// kernel k27a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t184: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t185: array<f32>;
@group(0) @binding(3) var<storage, read> t191: array<f32>;
@group(0) @binding(4) var<storage, read_write> t195: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t200: array<f32>;
@group(0) @binding(7) var<storage, read_write> t204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l184: f32 = t184[i];
  let l189: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v190: f32 = l184 * l189;
  let l186: f32 = t185[i / 4096i * 4160i + i % 4096i];
  let l193: f32 = t191[i % 64i];
  let v194: f32 = l186 * l193;
  let v195: f32 = v190 + v194;
  t195[i] = v195;
  let l198: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v199: f32 = l184 * l198;
  let l202: f32 = t200[i % 64i];
  let v203: f32 = l186 * l202;
  let v204: f32 = v199 + v203;
  t204[i] = v204;
}
