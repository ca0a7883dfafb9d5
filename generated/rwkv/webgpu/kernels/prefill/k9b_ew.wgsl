// kernel k9b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t82: array<f32>;
@group(0) @binding(3) var<storage, read> t129: array<f32>;
@group(0) @binding(4) var<storage, read_write> t133: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t79[i];
  let l127: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v128: f32 = l79 * l127;
  let l90: f32 = t82[i];
  let l131: f32 = t129[i % 64i];
  let v132: f32 = l90 * l131;
  let v133: f32 = v128 + v132;
  t133[i] = v133;
}
