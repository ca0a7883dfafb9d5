// kernel k7a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t84: array<f32>;
@group(0) @binding(3) var<storage, read> t91: array<f32>;
@group(0) @binding(4) var<storage, read_write> t95: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t100: array<f32>;
@group(0) @binding(7) var<storage, read_write> t104: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = t82[i];
  let l88: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v89: f32 = l82 * l88;
  let l85: f32 = t84[i];
  let l93: f32 = t91[i % 64i];
  let v94: f32 = l85 * l93;
  let v95: f32 = v89 + v94;
  t95[i] = v95;
  let l98: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v99: f32 = l82 * l98;
  let l102: f32 = t100[i % 64i];
  let v103: f32 = l85 * l102;
  let v104: f32 = v99 + v103;
  t104[i] = v104;
}
