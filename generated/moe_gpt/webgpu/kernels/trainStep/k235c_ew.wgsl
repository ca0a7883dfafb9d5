// kernel k235c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t721: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1290: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1296: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1302: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1284: f32 = p_optim_m_layers_0_moe_w1[i];
  let v1287: f32 = l1284 * 0.9f;
  let l721: f32 = t721[i];
  let l1282: f32 = t1091[0i];
  let v1283: f32 = l721 * l1282;
  let v1289: f32 = v1283 * 0.1f;
  let v1290: f32 = v1287 + v1289;
  t1290[i] = v1290;
  let l1285: f32 = p_optim_v_layers_0_moe_w1[i];
  let v1292: f32 = l1285 * 0.95f;
  let v1293: f32 = v1283 * v1283;
  let v1295: f32 = v1293 * 0.05f;
  let v1296: f32 = v1292 + v1295;
  t1296[i] = v1296;
  let v1297: f32 = sqrt(v1296);
  let l1299: f32 = t1101[0i];
  let v1300: f32 = v1297 / l1299;
  let v1302: f32 = v1300 + 1e-8f;
  t1302[i] = v1302;
}
