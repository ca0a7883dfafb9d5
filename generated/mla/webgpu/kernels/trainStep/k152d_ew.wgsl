// kernel k152d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1154: array<f32>;
@group(0) @binding(3) var<storage, read> t1161: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1165: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_layers_1_attn_wq_b_w[i];
  let l907: f32 = t801[0i];
  let v1162: f32 = l16 * l907;
  let x1154: f32 = t1154[i];
  let x1161: f32 = t1161[i];
  let v1163: f32 = x1154 / x1161;
  let l910: f32 = t775[0i];
  let v1164: f32 = v1163 * l910;
  let v1165: f32 = v1162 - v1164;
  t1165[i] = v1165;
}
