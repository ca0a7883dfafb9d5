// kernel k201b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1037: array<f32>;
@group(0) @binding(3) var<storage, read> t1048: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1054: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l1049: f32 = t993[0i];
  let v1050: f32 = l2 * l1049;
  let x1037: f32 = t1037[i];
  let x1048: f32 = t1048[i];
  let v1051: f32 = x1037 / x1048;
  let l1052: f32 = t967[0i];
  let v1053: f32 = v1051 * l1052;
  let v1054: f32 = v1050 - v1053;
  t1054[i] = v1054;
}
