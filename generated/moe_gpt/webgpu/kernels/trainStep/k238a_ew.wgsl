// kernel k238a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t965: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1283: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_router_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1289: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1294: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1277: f32 = p_optim_m_layers_0_moe_router_w[i];
  let v1280: f32 = l1277 * 0.9f;
  let l965: f32 = t965[i];
  let l1275: f32 = t1111[0i];
  let v1276: f32 = l965 * l1275;
  let v1282: f32 = v1276 * 0.1f;
  let v1283: f32 = v1280 + v1282;
  t1283[i] = v1283;
  let l1278: f32 = p_optim_v_layers_0_moe_router_w[i];
  let v1285: f32 = l1278 * 0.95f;
  let v1286: f32 = v1276 * v1276;
  let v1288: f32 = v1286 * 0.05f;
  let v1289: f32 = v1285 + v1288;
  t1289[i] = v1289;
  let v1290: f32 = sqrt(v1289);
  let l1291: f32 = t1121[0i];
  let v1292: f32 = v1290 / l1291;
  let v1294: f32 = v1292 + 1e-8f;
  t1294[i] = v1294;
}
