// kernel k95j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t857: array<f32>;
@group(0) @binding(3) var<storage, read> t864: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t868: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_attn_wo_w[i];
  let l704: f32 = t675[0i];
  let v865: f32 = l10 * l704;
  let x857: f32 = t857[i];
  let x864: f32 = t864[i];
  let v866: f32 = x857 / x864;
  let l707: f32 = t649[0i];
  let v867: f32 = v866 * l707;
  let v868: f32 = v865 - v867;
  t868[i] = v868;
}
