// kernel k235g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t733: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1362: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1366: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1369: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1358: f32 = p_optim_m_layers_0_moe_w3[i];
  let v1360: f32 = l1358 * 0.9f;
  let l733: f32 = t733[i];
  let l1302: f32 = t1111[0i];
  let v1357: f32 = l733 * l1302;
  let v1361: f32 = v1357 * 0.1f;
  let v1362: f32 = v1360 + v1361;
  t1362[i] = v1362;
  let l1359: f32 = p_optim_v_layers_0_moe_w3[i];
  let v1363: f32 = l1359 * 0.95f;
  let v1364: f32 = v1357 * v1357;
  let v1365: f32 = v1364 * 0.05f;
  let v1366: f32 = v1363 + v1365;
  t1366[i] = v1366;
  let v1367: f32 = sqrt(v1366);
  let l1319: f32 = t1121[0i];
  let v1368: f32 = v1367 / l1319;
  let v1369: f32 = v1368 + 1e-8f;
  t1369[i] = v1369;
}
