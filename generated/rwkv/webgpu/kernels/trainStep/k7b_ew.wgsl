// kernel k7b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t80: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t82: array<f32>;
@group(0) @binding(3) var<storage, read> t114: array<f32>;
@group(0) @binding(4) var<storage, read_write> t118: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l80: f32 = t80[i];
  let l112: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v113: f32 = l80 * l112;
  let l83: f32 = t82[i / 4096i * 4160i + i % 4096i];
  let l116: f32 = t114[i % 64i];
  let v117: f32 = l83 * l116;
  let v118: f32 = v113 + v117;
  t118[i] = v118;
}
