// kernel k150f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1121: array<f32>;
@group(0) @binding(3) var<storage, read> t1128: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1132: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wq_a_w[i];
  let l857: f32 = t801[0i];
  let v1129: f32 = l14 * l857;
  let x1121: f32 = t1121[i];
  let x1128: f32 = t1128[i];
  let v1130: f32 = x1121 / x1128;
  let l860: f32 = t775[0i];
  let v1131: f32 = v1130 * l860;
  let v1132: f32 = v1129 - v1131;
  t1132[i] = v1132;
}
