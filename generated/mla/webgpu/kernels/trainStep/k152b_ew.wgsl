// kernel k152b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t885: array<f32>;
@group(0) @binding(3) var<storage, read> t896: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t902: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wq_b_w[i];
  let l897: f32 = t791[0i];
  let v898: f32 = l4 * l897;
  let x885: f32 = t885[i];
  let x896: f32 = t896[i];
  let v899: f32 = x885 / x896;
  let l900: f32 = t765[0i];
  let v901: f32 = v899 * l900;
  let v902: f32 = v898 - v901;
  t902[i] = v902;
}
