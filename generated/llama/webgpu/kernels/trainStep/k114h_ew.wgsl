// kernel k114h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t722: array<f32>;
@group(0) @binding(3) var<storage, read> t729: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t733: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l677: f32 = t621[0i];
  let v730: f32 = l5 * l677;
  let x722: f32 = t722[i];
  let x729: f32 = t729[i];
  let v731: f32 = x722 / x729;
  let l680: f32 = t595[0i];
  let v732: f32 = v731 * l680;
  let v733: f32 = v730 - v732;
  t733[i] = v733;
}
