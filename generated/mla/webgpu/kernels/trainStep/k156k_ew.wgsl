// kernel k156k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t326: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1288: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1292: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1295: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1284: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v1286: f32 = l1284 * 0.9f;
  let l326: f32 = t326[i];
  let l1031: f32 = t766[0i];
  let v1283: f32 = l326 * l1031;
  let v1287: f32 = v1283 * 0.1f;
  let v1288: f32 = v1286 + v1287;
  t1288[i] = v1288;
  let l1285: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1289: f32 = l1285 * 0.95f;
  let v1290: f32 = v1283 * v1283;
  let v1291: f32 = v1290 * 0.05f;
  let v1292: f32 = v1289 + v1291;
  t1292[i] = v1292;
  let v1293: f32 = sqrt(v1292);
  let l1047: f32 = t776[0i];
  let v1294: f32 = v1293 / l1047;
  let v1295: f32 = v1294 + 1e-8f;
  t1295[i] = v1295;
}
