// kernel k204f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1299: array<f32>;
@group(0) @binding(3) var<storage, read> t1306: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1310: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_1_attn_wk_w[i];
  let l1106: f32 = t1024[0i];
  let v1307: f32 = l13 * l1106;
  let x1299: f32 = t1299[i];
  let x1306: f32 = t1306[i];
  let v1308: f32 = x1299 / x1306;
  let l1109: f32 = t998[0i];
  let v1309: f32 = v1308 * l1109;
  let v1310: f32 = v1307 - v1309;
  t1310[i] = v1310;
}
