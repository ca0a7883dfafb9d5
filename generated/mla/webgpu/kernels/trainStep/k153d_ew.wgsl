// kernel k153d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1161: array<f32>;
@group(0) @binding(3) var<storage, read> t1168: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1172: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wkv_a_w[i];
  let l923: f32 = t791[0i];
  let v1169: f32 = l17 * l923;
  let x1161: f32 = t1161[i];
  let x1168: f32 = t1168[i];
  let v1170: f32 = x1161 / x1168;
  let l926: f32 = t765[0i];
  let v1171: f32 = v1170 * l926;
  let v1172: f32 = v1169 - v1171;
  t1172[i] = v1172;
}
