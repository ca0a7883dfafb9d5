// kernel k112h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t708: array<f32>;
@group(0) @binding(3) var<storage, read> t715: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t719: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l663: f32 = t607[0i];
  let v716: f32 = l5 * l663;
  let x708: f32 = t708[i];
  let x715: f32 = t715[i];
  let v717: f32 = x708 / x715;
  let l666: f32 = t581[0i];
  let v718: f32 = v717 * l666;
  let v719: f32 = v716 - v718;
  t719[i] = v719;
}
