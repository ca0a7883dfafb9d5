// kernel k9a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t82: array<f32>;
@group(0) @binding(3) var<storage, read> t96: array<f32>;
@group(0) @binding(4) var<storage, read_write> t100: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t105: array<f32>;
@group(0) @binding(7) var<storage, read_write> t109: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t79[i];
  let l93: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v94: f32 = l79 * l93;
  let l90: f32 = t82[i];
  let l98: f32 = t96[i % 64i];
  let v99: f32 = l90 * l98;
  let v100: f32 = v94 + v99;
  t100[i] = v100;
  let l103: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v104: f32 = l79 * l103;
  let l107: f32 = t105[i % 64i];
  let v108: f32 = l90 * l107;
  let v109: f32 = v104 + v108;
  t109[i] = v109;
}
