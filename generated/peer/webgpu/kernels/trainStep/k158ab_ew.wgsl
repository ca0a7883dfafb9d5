// kernel k158ab_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1482: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1487: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1491: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1496: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158ab_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1483: f32 = p_optim_m_ln_f_g[i];
    let v1485: f32 = l1483 * 0.9f;
    let x1482: f32 = t1482[i];
    let v1486: f32 = x1482 * 0.1f;
    let v1487: f32 = v1485 + v1486;
    t1487[i] = v1487;
    let l1484: f32 = p_optim_v_ln_f_g[i];
    let v1488: f32 = l1484 * 0.95f;
    let v1489: f32 = x1482 * x1482;
    let v1490: f32 = v1489 * 0.05f;
    let v1491: f32 = v1488 + v1490;
    t1491[i] = v1491;
    let v1492: f32 = sqrt(v1491);
    let l896: f32 = t818[0i];
    let v1493: f32 = v1492 / l896;
    let v1494: f32 = v1493 + 1e-8f;
    let v1495: f32 = v1487 / v1494;
    let l902: f32 = t817[0i];
    let v1496: f32 = v1495 * l902;
    t1496[i] = v1496;
  }
}
