// kernel k202d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1086: array<f32>;
@group(0) @binding(3) var<storage, read> t1093: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1097: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l1075: f32 = t993[0i];
  let v1094: f32 = l4 * l1075;
  let x1086: f32 = t1086[i];
  let x1093: f32 = t1093[i];
  let v1095: f32 = x1086 / x1093;
  let l1078: f32 = t967[0i];
  let v1096: f32 = v1095 * l1078;
  let v1097: f32 = v1094 - v1096;
  t1097[i] = v1097;
}
