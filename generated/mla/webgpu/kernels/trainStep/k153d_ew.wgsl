// kernel k153d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1171: array<f32>;
@group(0) @binding(3) var<storage, read> t1178: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_attn_wkv_a_w[i];
  let l933: f32 = t801[0i];
  let v1179: f32 = l17 * l933;
  let x1171: f32 = t1171[i];
  let x1178: f32 = t1178[i];
  let v1180: f32 = x1171 / x1178;
  let l936: f32 = t775[0i];
  let v1181: f32 = v1180 * l936;
  let v1182: f32 = v1179 - v1181;
  t1182[i] = v1182;
}
