// kernel k96b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t830: array<f32>;
@group(0) @binding(3) var<storage, read> t837: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t841: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l743: f32 = t714[0i];
  let v838: f32 = l6 * l743;
  let x830: f32 = t830[i];
  let x837: f32 = t837[i];
  let v839: f32 = x830 / x837;
  let l746: f32 = t688[0i];
  let v840: f32 = v839 * l746;
  let v841: f32 = v838 - v840;
  t841[i] = v841;
}
