// kernel k209a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1503: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1507: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1511: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k209a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1499: f32 = p_optim_m_norm_g[i];
    let v1501: f32 = l1499 * 0.9f;
    let l345: f32 = t344[i];
    let l935: f32 = t890[0i];
    let v1498: f32 = l345 * l935;
    let v1502: f32 = v1498 * 0.1f;
    let v1503: f32 = v1501 + v1502;
    t1503[i] = v1503;
    let l1500: f32 = p_optim_v_norm_g[i];
    let v1504: f32 = l1500 * 0.95f;
    let v1505: f32 = v1498 * v1498;
    let v1506: f32 = v1505 * 0.05f;
    let v1507: f32 = v1504 + v1506;
    t1507[i] = v1507;
    let v1508: f32 = sqrt(v1507);
    let l952: f32 = t900[0i];
    let v1509: f32 = v1508 / l952;
    let v1510: f32 = v1509 + 1e-8f;
    let v1511: f32 = v1503 / v1510;
    t1511[i] = v1511;
  }
}
