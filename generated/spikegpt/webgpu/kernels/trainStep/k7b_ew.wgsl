// kernel k7b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t89: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t91: array<f32>;
@group(0) @binding(3) var<storage, read> t123: array<f32>;
@group(0) @binding(4) var<storage, read_write> t127: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l89: f32 = t89[i];
  let l121: f32 = p_blocks_0_att_mix_r[i % 64i];
  let v122: f32 = l89 * l121;
  let l92: f32 = t91[i / 4096i * 4160i + i % 4096i];
  let l125: f32 = t123[i % 64i];
  let v126: f32 = l92 * l125;
  let v127: f32 = v122 + v126;
  t127[i] = v127;
}
