// kernel k204h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1316: array<f32>;
@group(0) @binding(3) var<storage, read> t1323: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wv_w[i];
  let l1106: f32 = t1024[0i];
  let v1324: f32 = l14 * l1106;
  let x1316: f32 = t1316[i];
  let x1323: f32 = t1323[i];
  let v1325: f32 = x1316 / x1323;
  let l1109: f32 = t998[0i];
  let v1326: f32 = v1325 * l1109;
  let v1327: f32 = v1324 - v1326;
  t1327[i] = v1327;
}
