// kernel k150d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t971: array<f32>;
@group(0) @binding(3) var<storage, read> t982: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t988: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_attn_wkv_b_w[i];
  let l983: f32 = t801[0i];
  let v984: f32 = l7 * l983;
  let x971: f32 = t971[i];
  let x982: f32 = t982[i];
  let v985: f32 = x971 / x982;
  let l986: f32 = t775[0i];
  let v987: f32 = v985 * l986;
  let v988: f32 = v984 - v987;
  t988[i] = v988;
}
