// kernel k95d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t758: array<f32>;
@group(0) @binding(3) var<storage, read> t765: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t769: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_blocks_0_attn_wq_w[i];
  let l704: f32 = t675[0i];
  let v766: f32 = l4 * l704;
  let x758: f32 = t758[i];
  let x765: f32 = t765[i];
  let v767: f32 = x758 / x765;
  let l707: f32 = t649[0i];
  let v768: f32 = v767 * l707;
  let v769: f32 = v766 - v768;
  t769[i] = v769;
}
