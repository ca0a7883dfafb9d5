// kernel k150f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read> t1118: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1122: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wq_a_w[i];
  let l847: f32 = t791[0i];
  let v1119: f32 = l14 * l847;
  let x1111: f32 = t1111[i];
  let x1118: f32 = t1118[i];
  let v1120: f32 = x1111 / x1118;
  let l850: f32 = t765[0i];
  let v1121: f32 = v1120 * l850;
  let v1122: f32 = v1119 - v1121;
  t1122[i] = v1122;
}
