// kernel k153b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t911: array<f32>;
@group(0) @binding(3) var<storage, read> t922: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t928: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wkv_a_w[i];
  let l923: f32 = t791[0i];
  let v924: f32 = l5 * l923;
  let x911: f32 = t911[i];
  let x922: f32 = t922[i];
  let v925: f32 = x911 / x922;
  let l926: f32 = t765[0i];
  let v927: f32 = v925 * l926;
  let v928: f32 = v924 - v927;
  t928[i] = v928;
}
