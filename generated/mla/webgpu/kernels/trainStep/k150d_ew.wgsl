// kernel k150d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t961: array<f32>;
@group(0) @binding(3) var<storage, read> t972: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t978: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_attn_wkv_b_w[i];
  let l973: f32 = t791[0i];
  let v974: f32 = l7 * l973;
  let x961: f32 = t961[i];
  let x972: f32 = t972[i];
  let v975: f32 = x961 / x972;
  let l976: f32 = t765[0i];
  let v977: f32 = v975 * l976;
  let v978: f32 = v974 - v977;
  t978[i] = v978;
}
