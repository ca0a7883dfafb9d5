// kernel k156k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t319: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1278: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1282: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1285: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1274: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v1276: f32 = l1274 * 0.9f;
  let l319: f32 = t319[i];
  let l1021: f32 = t756[0i];
  let v1273: f32 = l319 * l1021;
  let v1277: f32 = v1273 * 0.1f;
  let v1278: f32 = v1276 + v1277;
  t1278[i] = v1278;
  let l1275: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1279: f32 = l1275 * 0.95f;
  let v1280: f32 = v1273 * v1273;
  let v1281: f32 = v1280 * 0.05f;
  let v1282: f32 = v1279 + v1281;
  t1282[i] = v1282;
  let v1283: f32 = sqrt(v1282);
  let l1037: f32 = t766[0i];
  let v1284: f32 = v1283 / l1037;
  let v1285: f32 = v1284 + 1e-8f;
  t1285[i] = v1285;
}
