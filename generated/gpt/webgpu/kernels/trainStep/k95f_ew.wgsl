// kernel k95f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t791: array<f32>;
@group(0) @binding(3) var<storage, read> t798: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t802: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_blocks_0_attn_wk_w[i];
  let l704: f32 = t675[0i];
  let v799: f32 = l6 * l704;
  let x791: f32 = t791[i];
  let x798: f32 = t798[i];
  let v800: f32 = x791 / x798;
  let l707: f32 = t649[0i];
  let v801: f32 = v800 * l707;
  let v802: f32 = v799 - v801;
  t802[i] = v802;
}
