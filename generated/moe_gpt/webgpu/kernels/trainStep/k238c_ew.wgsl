// kernel k238c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t938: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1528: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1532: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1535: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1524: f32 = p_optim_m_layers_1_moe_router_w[i];
  let v1526: f32 = l1524 * 0.9f;
  let l938: f32 = t938[i];
  let l1255: f32 = t1091[0i];
  let v1523: f32 = l938 * l1255;
  let v1527: f32 = v1523 * 0.1f;
  let v1528: f32 = v1526 + v1527;
  t1528[i] = v1528;
  let l1525: f32 = p_optim_v_layers_1_moe_router_w[i];
  let v1529: f32 = l1525 * 0.95f;
  let v1530: f32 = v1523 * v1523;
  let v1531: f32 = v1530 * 0.05f;
  let v1532: f32 = v1529 + v1531;
  t1532[i] = v1532;
  let v1533: f32 = sqrt(v1532);
  let l1271: f32 = t1101[0i];
  let v1534: f32 = v1533 / l1271;
  let v1535: f32 = v1534 + 1e-8f;
  t1535[i] = v1535;
}
