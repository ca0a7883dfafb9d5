// kernel k156f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1078: array<f32>;
@group(0) @binding(3) var<storage, read> t1085: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1089: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_0_mlp_w3_w[i];
  let l1041: f32 = t791[0i];
  let v1086: f32 = l12 * l1041;
  let x1078: f32 = t1078[i];
  let x1085: f32 = t1085[i];
  let v1087: f32 = x1078 / x1085;
  let l1044: f32 = t765[0i];
  let v1088: f32 = v1087 * l1044;
  let v1089: f32 = v1086 - v1088;
  t1089[i] = v1089;
}
