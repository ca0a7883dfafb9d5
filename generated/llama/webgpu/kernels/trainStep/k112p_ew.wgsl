// kernel k112p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t887: array<f32>;
@group(0) @binding(3) var<storage, read> t894: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t898: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l673: f32 = t617[0i];
  let v895: f32 = l14 * l673;
  let x887: f32 = t887[i];
  let x894: f32 = t894[i];
  let v896: f32 = x887 / x894;
  let l676: f32 = t591[0i];
  let v897: f32 = v896 * l676;
  let v898: f32 = v895 - v897;
  t898[i] = v898;
}
