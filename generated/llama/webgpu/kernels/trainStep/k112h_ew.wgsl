// kernel k112h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t718: array<f32>;
@group(0) @binding(3) var<storage, read> t725: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t729: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l673: f32 = t617[0i];
  let v726: f32 = l5 * l673;
  let x718: f32 = t718[i];
  let x725: f32 = t725[i];
  let v727: f32 = x718 / x725;
  let l676: f32 = t591[0i];
  let v728: f32 = v727 * l676;
  let v729: f32 = v726 - v728;
  t729[i] = v729;
}
