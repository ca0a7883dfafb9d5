// kernel k200h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1398: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1403: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1407: array<f32>;
@group(0) @binding(5) var<storage, read> t968: array<f32>;
@group(0) @binding(6) var<storage, read> t967: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1412: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1399: f32 = p_optim_m_norm_g[i];
    let v1401: f32 = l1399 * 0.9f;
    let x1398: f32 = t1398[i];
    let v1402: f32 = x1398 * 0.1f;
    let v1403: f32 = v1401 + v1402;
    t1403[i] = v1403;
    let l1400: f32 = p_optim_v_norm_g[i];
    let v1404: f32 = l1400 * 0.95f;
    let v1405: f32 = x1398 * x1398;
    let v1406: f32 = v1405 * 0.05f;
    let v1407: f32 = v1404 + v1406;
    t1407[i] = v1407;
    let v1408: f32 = sqrt(v1407);
    let l1020: f32 = t968[0i];
    let v1409: f32 = v1408 / l1020;
    let v1410: f32 = v1409 + 1e-8f;
    let v1411: f32 = v1403 / v1410;
    let l1026: f32 = t967[0i];
    let v1412: f32 = v1411 * l1026;
    t1412[i] = v1412;
  }
}
