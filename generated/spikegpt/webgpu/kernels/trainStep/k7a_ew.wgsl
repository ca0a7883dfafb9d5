// kernel k7a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t89: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t91: array<f32>;
@group(0) @binding(3) var<storage, read> t98: array<f32>;
@group(0) @binding(4) var<storage, read_write> t102: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t107: array<f32>;
@group(0) @binding(7) var<storage, read_write> t111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l89: f32 = t89[i];
  let l95: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v96: f32 = l89 * l95;
  let l92: f32 = t91[i / 4096i * 4160i + i % 4096i];
  let l100: f32 = t98[i % 64i];
  let v101: f32 = l92 * l100;
  let v102: f32 = v96 + v101;
  t102[i] = v102;
  let l105: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v106: f32 = l89 * l105;
  let l109: f32 = t107[i % 64i];
  let v110: f32 = l92 * l109;
  let v111: f32 = v106 + v110;
  t111[i] = v111;
}
