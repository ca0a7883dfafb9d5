// kernel k100b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t896: array<f32>;
@group(0) @binding(3) var<storage, read> t903: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t907: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k100b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_attn_wo_w[i];
  let l743: f32 = t714[0i];
  let v904: f32 = l10 * l743;
  let x896: f32 = t896[i];
  let x903: f32 = t903[i];
  let v905: f32 = x896 / x903;
  let l746: f32 = t688[0i];
  let v906: f32 = v905 * l746;
  let v907: f32 = v904 - v906;
  t907[i] = v907;
}
