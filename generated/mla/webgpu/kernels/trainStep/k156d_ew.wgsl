// kernel k156d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1065: array<f32>;
@group(0) @binding(3) var<storage, read> t1076: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1082: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_0_mlp_w2_w[i];
  let l1077: f32 = t801[0i];
  let v1078: f32 = l11 * l1077;
  let x1065: f32 = t1065[i];
  let x1076: f32 = t1076[i];
  let v1079: f32 = x1065 / x1076;
  let l1080: f32 = t775[0i];
  let v1081: f32 = v1079 * l1080;
  let v1082: f32 = v1078 - v1081;
  t1082[i] = v1082;
}
