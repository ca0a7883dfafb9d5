// kernel k237f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1210: array<f32>;
@group(0) @binding(3) var<storage, read> t1217: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l1182: f32 = t1126[0i];
  let v1218: f32 = l4 * l1182;
  let x1210: f32 = t1210[i];
  let x1217: f32 = t1217[i];
  let v1219: f32 = x1210 / x1217;
  let l1185: f32 = t1100[0i];
  let v1220: f32 = v1219 * l1185;
  let v1221: f32 = v1218 - v1220;
  t1221[i] = v1221;
}
