// kernel k239a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t719: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1382: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1388: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1393: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1376: f32 = p_optim_m_layers_0_moe_shared_mlp_w1_w[i];
  let v1379: f32 = l1376 * 0.9f;
  let l719: f32 = t719[i];
  let l1374: f32 = t1111[0i];
  let v1375: f32 = l719 * l1374;
  let v1381: f32 = v1375 * 0.1f;
  let v1382: f32 = v1379 + v1381;
  t1382[i] = v1382;
  let l1377: f32 = p_optim_v_layers_0_moe_shared_mlp_w1_w[i];
  let v1384: f32 = l1377 * 0.95f;
  let v1385: f32 = v1375 * v1375;
  let v1387: f32 = v1385 * 0.05f;
  let v1388: f32 = v1384 + v1387;
  t1388[i] = v1388;
  let v1389: f32 = sqrt(v1388);
  let l1390: f32 = t1121[0i];
  let v1391: f32 = v1389 / l1390;
  let v1393: f32 = v1391 + 1e-8f;
  t1393[i] = v1393;
}
