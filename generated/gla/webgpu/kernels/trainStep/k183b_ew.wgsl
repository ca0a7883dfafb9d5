// kernel k183b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t875: array<f32>;
@group(0) @binding(2) var<storage, read> t1137: array<f32>;
@group(0) @binding(3) var<storage, read> t1148: array<f32>;
@group(0) @binding(4) var<storage, read> t849: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_mlp_w1_w[i];
  let l1149: f32 = t875[0i];
  let v1150: f32 = l13 * l1149;
  let x1137: f32 = t1137[i];
  let x1148: f32 = t1148[i];
  let v1151: f32 = x1137 / x1148;
  let l1152: f32 = t849[0i];
  let v1153: f32 = v1151 * l1152;
  let v1154: f32 = v1150 - v1153;
  t1154[i] = v1154;
}
