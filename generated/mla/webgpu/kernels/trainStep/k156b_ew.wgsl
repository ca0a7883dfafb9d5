// kernel k156b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1039: array<f32>;
@group(0) @binding(3) var<storage, read> t1050: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1056: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_layers_0_mlp_w1_w[i];
  let l1051: f32 = t801[0i];
  let v1052: f32 = l10 * l1051;
  let x1039: f32 = t1039[i];
  let x1050: f32 = t1050[i];
  let v1053: f32 = x1039 / x1050;
  let l1054: f32 = t775[0i];
  let v1055: f32 = v1053 * l1054;
  let v1056: f32 = v1052 - v1055;
  t1056[i] = v1056;
}
