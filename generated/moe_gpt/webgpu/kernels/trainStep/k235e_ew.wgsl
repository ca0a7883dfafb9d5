// kernel k235e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t729: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1339: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1345: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1350: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1333: f32 = p_optim_m_layers_0_moe_w2[i];
  let v1336: f32 = l1333 * 0.9f;
  let l729: f32 = t729[i];
  let l1331: f32 = t1111[0i];
  let v1332: f32 = l729 * l1331;
  let v1338: f32 = v1332 * 0.1f;
  let v1339: f32 = v1336 + v1338;
  t1339[i] = v1339;
  let l1334: f32 = p_optim_v_layers_0_moe_w2[i];
  let v1341: f32 = l1334 * 0.95f;
  let v1342: f32 = v1332 * v1332;
  let v1344: f32 = v1342 * 0.05f;
  let v1345: f32 = v1341 + v1344;
  t1345[i] = v1345;
  let v1346: f32 = sqrt(v1345);
  let l1347: f32 = t1121[0i];
  let v1348: f32 = v1346 / l1347;
  let v1350: f32 = v1348 + 1e-8f;
  t1350[i] = v1350;
}
