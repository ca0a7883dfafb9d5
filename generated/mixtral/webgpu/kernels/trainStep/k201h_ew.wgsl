// kernel k201h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1302: array<f32>;
@group(0) @binding(3) var<storage, read> t1309: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1313: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_layers_1_attn_wo_w[i];
  let l1049: f32 = t993[0i];
  let v1310: f32 = l15 * l1049;
  let x1302: f32 = t1302[i];
  let x1309: f32 = t1309[i];
  let v1311: f32 = x1302 / x1309;
  let l1052: f32 = t967[0i];
  let v1312: f32 = v1311 * l1052;
  let v1313: f32 = v1310 - v1312;
  t1313[i] = v1313;
}
