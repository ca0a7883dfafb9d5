// kernel k112p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t877: array<f32>;
@group(0) @binding(3) var<storage, read> t884: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t888: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l663: f32 = t607[0i];
  let v885: f32 = l14 * l663;
  let x877: f32 = t877[i];
  let x884: f32 = t884[i];
  let v886: f32 = x877 / x884;
  let l666: f32 = t581[0i];
  let v887: f32 = v886 * l666;
  let v888: f32 = v885 - v887;
  t888[i] = v888;
}
