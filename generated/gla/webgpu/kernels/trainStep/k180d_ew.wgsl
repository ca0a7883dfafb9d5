// kernel k180d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t992: array<f32>;
@group(0) @binding(3) var<storage, read> t999: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l981: f32 = t925[0i];
  let v1000: f32 = l3 * l981;
  let x992: f32 = t992[i];
  let x999: f32 = t999[i];
  let v1001: f32 = x992 / x999;
  let l984: f32 = t899[0i];
  let v1002: f32 = v1001 * l984;
  let v1003: f32 = v1000 - v1002;
  t1003[i] = v1003;
}
