// kernel k202h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1429: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1434: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1438: array<f32>;
@group(0) @binding(5) var<storage, read> t999: array<f32>;
@group(0) @binding(6) var<storage, read> t998: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1443: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1430: f32 = p_optim_m_norm_g[i];
    let v1432: f32 = l1430 * 0.9f;
    let x1429: f32 = t1429[i];
    let v1433: f32 = x1429 * 0.1f;
    let v1434: f32 = v1432 + v1433;
    t1434[i] = v1434;
    let l1431: f32 = p_optim_v_norm_g[i];
    let v1435: f32 = l1431 * 0.95f;
    let v1436: f32 = x1429 * x1429;
    let v1437: f32 = v1436 * 0.05f;
    let v1438: f32 = v1435 + v1437;
    t1438[i] = v1438;
    let v1439: f32 = sqrt(v1438);
    let l1051: f32 = t999[0i];
    let v1440: f32 = v1439 / l1051;
    let v1441: f32 = v1440 + 1e-8f;
    let v1442: f32 = v1434 / v1441;
    let l1057: f32 = t998[0i];
    let v1443: f32 = v1442 * l1057;
    t1443[i] = v1443;
  }
}
