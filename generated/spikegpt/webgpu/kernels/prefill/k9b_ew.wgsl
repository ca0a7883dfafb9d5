// kernel k9b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t85: array<f32>;
@group(0) @binding(3) var<storage, read> t132: array<f32>;
@group(0) @binding(4) var<storage, read_write> t136: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = t82[i];
  let l130: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v131: f32 = l82 * l130;
  let l93: f32 = t85[i];
  let l134: f32 = t132[i % 64i];
  let v135: f32 = l93 * l134;
  let v136: f32 = v131 + v135;
  t136[i] = v136;
}
