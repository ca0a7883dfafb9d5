// kernel k126b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t933: array<f32>;
@group(0) @binding(3) var<storage, read> t940: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t944: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l719: f32 = t663[0i];
  let v941: f32 = l14 * l719;
  let x933: f32 = t933[i];
  let x940: f32 = t940[i];
  let v942: f32 = x933 / x940;
  let l722: f32 = t637[0i];
  let v943: f32 = v942 * l722;
  let v944: f32 = v941 - v943;
  t944[i] = v944;
}
