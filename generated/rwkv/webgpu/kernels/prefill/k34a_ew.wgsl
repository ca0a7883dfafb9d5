// kernel k34a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t203: array<f32>;
@group(0) @binding(3) var<storage, read> t210: array<f32>;
@group(0) @binding(4) var<storage, read_write> t214: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t219: array<f32>;
@group(0) @binding(7) var<storage, read_write> t223: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l201: f32 = t201[i];
  let l208: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v209: f32 = l201 * l208;
  let l205: f32 = t203[i];
  let l212: f32 = t210[i % 64i];
  let v213: f32 = l205 * l212;
  let v214: f32 = v209 + v213;
  t214[i] = v214;
  let l217: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v218: f32 = l201 * l217;
  let l221: f32 = t219[i % 64i];
  let v222: f32 = l205 * l221;
  let v223: f32 = v218 + v222;
  t223[i] = v223;
}
