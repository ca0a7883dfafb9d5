// kernel k237f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1230: array<f32>;
@group(0) @binding(3) var<storage, read> t1237: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_layers_0_attn_wv_w[i];
  let l1202: f32 = t1146[0i];
  let v1238: f32 = l4 * l1202;
  let x1230: f32 = t1230[i];
  let x1237: f32 = t1237[i];
  let v1239: f32 = x1230 / x1237;
  let l1205: f32 = t1120[0i];
  let v1240: f32 = v1239 * l1205;
  let v1241: f32 = v1238 - v1240;
  t1241[i] = v1241;
}
