// kernel k156b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1029: array<f32>;
@group(0) @binding(3) var<storage, read> t1040: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1046: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_mlp_w1_w[i];
  let l1041: f32 = t791[0i];
  let v1042: f32 = l10 * l1041;
  let x1029: f32 = t1029[i];
  let x1040: f32 = t1040[i];
  let v1043: f32 = x1029 / x1040;
  let l1044: f32 = t765[0i];
  let v1045: f32 = v1043 * l1044;
  let v1046: f32 = v1042 - v1045;
  t1046[i] = v1046;
}
