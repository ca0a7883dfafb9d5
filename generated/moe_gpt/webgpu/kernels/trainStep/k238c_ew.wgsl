// kernel k238c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t958: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1548: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1552: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1555: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1544: f32 = p_optim_m_layers_1_moe_router_w[i];
  let v1546: f32 = l1544 * 0.9f;
  let l958: f32 = t958[i];
  let l1275: f32 = t1111[0i];
  let v1543: f32 = l958 * l1275;
  let v1547: f32 = v1543 * 0.1f;
  let v1548: f32 = v1546 + v1547;
  t1548[i] = v1548;
  let l1545: f32 = p_optim_v_layers_1_moe_router_w[i];
  let v1549: f32 = l1545 * 0.95f;
  let v1550: f32 = v1543 * v1543;
  let v1551: f32 = v1550 * 0.05f;
  let v1552: f32 = v1549 + v1551;
  t1552[i] = v1552;
  let v1553: f32 = sqrt(v1552);
  let l1291: f32 = t1121[0i];
  let v1554: f32 = v1553 / l1291;
  let v1555: f32 = v1554 + 1e-8f;
  t1555[i] = v1555;
}
