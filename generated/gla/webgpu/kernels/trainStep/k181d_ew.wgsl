// kernel k181d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1005: array<f32>;
@group(0) @binding(3) var<storage, read> t1016: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1022: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_layers_0_attn_wa2_w[i];
  let l1017: f32 = t875[0i];
  let v1018: f32 = l6 * l1017;
  let x1005: f32 = t1005[i];
  let x1016: f32 = t1016[i];
  let v1019: f32 = x1005 / x1016;
  let l1020: f32 = t849[0i];
  let v1021: f32 = v1019 * l1020;
  let v1022: f32 = v1018 - v1021;
  t1022[i] = v1022;
}
