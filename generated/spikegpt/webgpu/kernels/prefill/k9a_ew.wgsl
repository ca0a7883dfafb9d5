// kernel k9a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t82: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t85: array<f32>;
@group(0) @binding(3) var<storage, read> t99: array<f32>;
@group(0) @binding(4) var<storage, read_write> t103: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t108: array<f32>;
@group(0) @binding(7) var<storage, read_write> t112: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = t82[i];
  let l96: f32 = p_blocks_0_att_mix_k[i % 64i];
  let v97: f32 = l82 * l96;
  let l93: f32 = t85[i];
  let l101: f32 = t99[i % 64i];
  let v102: f32 = l93 * l101;
  let v103: f32 = v97 + v102;
  t103[i] = v103;
  let l106: f32 = p_blocks_0_att_mix_v[i % 64i];
  let v107: f32 = l82 * l106;
  let l110: f32 = t108[i % 64i];
  let v111: f32 = l93 * l110;
  let v112: f32 = v107 + v111;
  t112[i] = v112;
}
