// kernel k94b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t797: array<f32>;
@group(0) @binding(3) var<storage, read> t804: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t808: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_blocks_0_attn_wq_w[i];
  let l743: f32 = t714[0i];
  let v805: f32 = l4 * l743;
  let x797: f32 = t797[i];
  let x804: f32 = t804[i];
  let v806: f32 = x797 / x804;
  let l746: f32 = t688[0i];
  let v807: f32 = v806 * l746;
  let v808: f32 = v805 - v807;
  t808[i] = v808;
}
