// kernel k152d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1144: array<f32>;
@group(0) @binding(3) var<storage, read> t1151: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1155: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_attn_wq_b_w[i];
  let l897: f32 = t791[0i];
  let v1152: f32 = l16 * l897;
  let x1144: f32 = t1144[i];
  let x1151: f32 = t1151[i];
  let v1153: f32 = x1144 / x1151;
  let l900: f32 = t765[0i];
  let v1154: f32 = v1153 * l900;
  let v1155: f32 = v1152 - v1154;
  t1155[i] = v1155;
}
