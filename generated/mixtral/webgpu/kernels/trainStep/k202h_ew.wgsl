// kernel k202h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1285: array<f32>;
@group(0) @binding(3) var<storage, read> t1292: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1296: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wv_w[i];
  let l1075: f32 = t993[0i];
  let v1293: f32 = l14 * l1075;
  let x1285: f32 = t1285[i];
  let x1292: f32 = t1292[i];
  let v1294: f32 = x1285 / x1292;
  let l1078: f32 = t967[0i];
  let v1295: f32 = v1294 * l1078;
  let v1296: f32 = v1293 - v1295;
  t1296[i] = v1296;
}
