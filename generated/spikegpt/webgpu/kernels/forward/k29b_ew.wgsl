// kernel k29b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t200: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t201: array<f32>;
@group(0) @binding(3) var<storage, read> t229: array<f32>;
@group(0) @binding(4) var<storage, read_write> t233: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l200: f32 = t200[i];
  let l227: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v228: f32 = l200 * l227;
  let l202: f32 = t201[i];
  let l231: f32 = t229[i % 64i];
  let v232: f32 = l202 * l231;
  let v233: f32 = v228 + v232;
  t233[i] = v233;
}
