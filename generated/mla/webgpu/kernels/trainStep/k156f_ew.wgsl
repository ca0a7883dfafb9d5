// kernel k156f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1088: array<f32>;
@group(0) @binding(3) var<storage, read> t1095: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1099: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_0_mlp_w3_w[i];
  let l1051: f32 = t801[0i];
  let v1096: f32 = l12 * l1051;
  let x1088: f32 = t1088[i];
  let x1095: f32 = t1095[i];
  let v1097: f32 = x1088 / x1095;
  let l1054: f32 = t775[0i];
  let v1098: f32 = v1097 * l1054;
  let v1099: f32 = v1096 - v1098;
  t1099[i] = v1099;
}
