// kernel k239c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1388: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1394: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1399: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1382: f32 = p_optim_m_layers_0_moe_shared_mlp_w2_w[i];
  let v1385: f32 = l1382 * 0.9f;
  let l687: f32 = t687[i];
  let l1380: f32 = t1091[0i];
  let v1381: f32 = l687 * l1380;
  let v1387: f32 = v1381 * 0.1f;
  let v1388: f32 = v1385 + v1387;
  t1388[i] = v1388;
  let l1383: f32 = p_optim_v_layers_0_moe_shared_mlp_w2_w[i];
  let v1390: f32 = l1383 * 0.95f;
  let v1391: f32 = v1381 * v1381;
  let v1393: f32 = v1391 * 0.05f;
  let v1394: f32 = v1390 + v1393;
  t1394[i] = v1394;
  let v1395: f32 = sqrt(v1394);
  let l1396: f32 = t1101[0i];
  let v1397: f32 = v1395 / l1396;
  let v1399: f32 = v1397 + 1e-8f;
  t1399[i] = v1399;
}
