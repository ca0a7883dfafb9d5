// kernel k7a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t81: array<f32>;
@group(0) @binding(3) var<storage, read> t88: array<f32>;
@group(0) @binding(4) var<storage, read_write> t92: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t97: array<f32>;
@group(0) @binding(7) var<storage, read_write> t101: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t79[i];
  let l85: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v86: f32 = l79 * l85;
  let l82: f32 = t81[i];
  let l90: f32 = t88[i % 64i];
  let v91: f32 = l82 * l90;
  let v92: f32 = v86 + v91;
  t92[i] = v92;
  let l95: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v96: f32 = l79 * l95;
  let l99: f32 = t97[i % 64i];
  let v100: f32 = l82 * l99;
  let v101: f32 = v96 + v100;
  t101[i] = v101;
}
