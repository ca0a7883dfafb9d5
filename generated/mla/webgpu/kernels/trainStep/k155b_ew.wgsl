// kernel k155b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t997: array<f32>;
@group(0) @binding(3) var<storage, read> t1008: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1014: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_attn_wo_w[i];
  let l1009: f32 = t801[0i];
  let v1010: f32 = l8 * l1009;
  let x997: f32 = t997[i];
  let x1008: f32 = t1008[i];
  let v1011: f32 = x997 / x1008;
  let l1012: f32 = t775[0i];
  let v1013: f32 = v1011 * l1012;
  let v1014: f32 = v1010 - v1013;
  t1014[i] = v1014;
}
