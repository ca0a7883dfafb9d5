// kernel k112j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t836: array<f32>;
@group(0) @binding(3) var<storage, read> t843: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t847: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l673: f32 = t617[0i];
  let v844: f32 = l11 * l673;
  let x836: f32 = t836[i];
  let x843: f32 = t843[i];
  let v845: f32 = x836 / x843;
  let l676: f32 = t591[0i];
  let v846: f32 = v845 * l676;
  let v847: f32 = v844 - v846;
  t847[i] = v847;
}
