// kernel k7a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t80: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t82: array<f32>;
@group(0) @binding(3) var<storage, read> t89: array<f32>;
@group(0) @binding(4) var<storage, read_write> t93: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t98: array<f32>;
@group(0) @binding(7) var<storage, read_write> t102: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l80: f32 = t80[i];
  let l86: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v87: f32 = l80 * l86;
  let l83: f32 = t82[i / 4096i * 4160i + i % 4096i];
  let l91: f32 = t89[i % 64i];
  let v92: f32 = l83 * l91;
  let v93: f32 = v87 + v92;
  t93[i] = v93;
  let l96: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v97: f32 = l80 * l96;
  let l100: f32 = t98[i % 64i];
  let v101: f32 = l83 * l100;
  let v102: f32 = v97 + v101;
  t102[i] = v102;
}
