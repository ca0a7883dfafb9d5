// kernel k204g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t375: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1352: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1356: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1359: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1348: f32 = p_optim_m_layers_1_moe_w1[i];
  let v1350: f32 = l1348 * 0.9f;
  let l375: f32 = t375[i];
  let l1158: f32 = t958[0i];
  let v1347: f32 = l375 * l1158;
  let v1351: f32 = v1347 * 0.1f;
  let v1352: f32 = v1350 + v1351;
  t1352[i] = v1352;
  let l1349: f32 = p_optim_v_layers_1_moe_w1[i];
  let v1353: f32 = l1349 * 0.95f;
  let v1354: f32 = v1347 * v1347;
  let v1355: f32 = v1354 * 0.05f;
  let v1356: f32 = v1353 + v1355;
  t1356[i] = v1356;
  let v1357: f32 = sqrt(v1356);
  let l1175: f32 = t968[0i];
  let v1358: f32 = v1357 / l1175;
  let v1359: f32 = v1358 + 1e-8f;
  t1359[i] = v1359;
}
