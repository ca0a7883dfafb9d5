// kernel k201f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1251: array<f32>;
@group(0) @binding(3) var<storage, read> t1258: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1262: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wq_w[i];
  let l1049: f32 = t993[0i];
  let v1259: f32 = l12 * l1049;
  let x1251: f32 = t1251[i];
  let x1258: f32 = t1258[i];
  let v1260: f32 = x1251 / x1258;
  let l1052: f32 = t967[0i];
  let v1261: f32 = v1260 * l1052;
  let v1262: f32 = v1259 - v1261;
  t1262[i] = v1262;
}
