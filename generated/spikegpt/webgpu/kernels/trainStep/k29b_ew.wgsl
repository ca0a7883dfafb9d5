// kernel k29b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t208: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t209: array<f32>;
@group(0) @binding(3) var<storage, read> t237: array<f32>;
@group(0) @binding(4) var<storage, read_write> t241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l208: f32 = t208[i];
  let l235: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v236: f32 = l208 * l235;
  let l210: f32 = t209[i / 4096i * 4160i + i % 4096i];
  let l239: f32 = t237[i % 64i];
  let v240: f32 = l210 * l239;
  let v241: f32 = v236 + v240;
  t241[i] = v241;
}
