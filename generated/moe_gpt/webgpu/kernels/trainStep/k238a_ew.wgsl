// kernel k238a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t945: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1263: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1269: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1257: f32 = p_optim_m_layers_0_moe_router_w[i];
  let v1260: f32 = l1257 * 0.9f;
  let l945: f32 = t945[i];
  let l1255: f32 = t1091[0i];
  let v1256: f32 = l945 * l1255;
  let v1262: f32 = v1256 * 0.1f;
  let v1263: f32 = v1260 + v1262;
  t1263[i] = v1263;
  let l1258: f32 = p_optim_v_layers_0_moe_router_w[i];
  let v1265: f32 = l1258 * 0.95f;
  let v1266: f32 = v1256 * v1256;
  let v1268: f32 = v1266 * 0.05f;
  let v1269: f32 = v1265 + v1268;
  t1269[i] = v1269;
  let v1270: f32 = sqrt(v1269);
  let l1271: f32 = t1101[0i];
  let v1272: f32 = v1270 / l1271;
  let v1274: f32 = v1272 + 1e-8f;
  t1274[i] = v1274;
}
