// kernel k180f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1009: array<f32>;
@group(0) @binding(3) var<storage, read> t1016: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1020: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l981: f32 = t925[0i];
  let v1017: f32 = l4 * l981;
  let x1009: f32 = t1009[i];
  let x1016: f32 = t1016[i];
  let v1018: f32 = x1009 / x1016;
  let l984: f32 = t899[0i];
  let v1019: f32 = v1018 * l984;
  let v1020: f32 = v1017 - v1019;
  t1020[i] = v1020;
}
