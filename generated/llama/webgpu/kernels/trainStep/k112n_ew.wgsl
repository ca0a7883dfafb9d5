// kernel k112n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t860: array<f32>;
@group(0) @binding(3) var<storage, read> t867: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t871: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wv_w[i];
  let l663: f32 = t607[0i];
  let v868: f32 = l13 * l663;
  let x860: f32 = t860[i];
  let x867: f32 = t867[i];
  let v869: f32 = x860 / x867;
  let l666: f32 = t581[0i];
  let v870: f32 = v869 * l666;
  let v871: f32 = v868 - v870;
  t871[i] = v871;
}
