// kernel k98b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t863: array<f32>;
@group(0) @binding(3) var<storage, read> t870: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t874: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k98b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_blocks_0_attn_wv_w[i];
  let l743: f32 = t714[0i];
  let v871: f32 = l8 * l743;
  let x863: f32 = t863[i];
  let x870: f32 = t870[i];
  let v872: f32 = x863 / x870;
  let l746: f32 = t688[0i];
  let v873: f32 = v872 * l746;
  let v874: f32 = v871 - v873;
  t874[i] = v874;
}
