// kernel k203c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t829: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1335: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1339: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1342: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1331: f32 = p_optim_m_layers_1_moe_router_w[i];
  let v1333: f32 = l1331 * 0.9f;
  let l829: f32 = t829[i];
  let l1131: f32 = t958[0i];
  let v1330: f32 = l829 * l1131;
  let v1334: f32 = v1330 * 0.1f;
  let v1335: f32 = v1333 + v1334;
  t1335[i] = v1335;
  let l1332: f32 = p_optim_v_layers_1_moe_router_w[i];
  let v1336: f32 = l1332 * 0.95f;
  let v1337: f32 = v1330 * v1330;
  let v1338: f32 = v1337 * 0.05f;
  let v1339: f32 = v1336 + v1338;
  t1339[i] = v1339;
  let v1340: f32 = sqrt(v1339);
  let l1147: f32 = t968[0i];
  let v1341: f32 = v1340 / l1147;
  let v1342: f32 = v1341 + 1e-8f;
  t1342[i] = v1342;
}
