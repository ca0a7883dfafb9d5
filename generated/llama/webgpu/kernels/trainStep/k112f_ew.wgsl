// kernel k112f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t691: array<f32>;
@group(0) @binding(3) var<storage, read> t698: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t702: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l663: f32 = t607[0i];
  let v699: f32 = l4 * l663;
  let x691: f32 = t691[i];
  let x698: f32 = t698[i];
  let v700: f32 = x691 / x698;
  let l666: f32 = t581[0i];
  let v701: f32 = v700 * l666;
  let v702: f32 = v699 - v701;
  t702[i] = v702;
}
