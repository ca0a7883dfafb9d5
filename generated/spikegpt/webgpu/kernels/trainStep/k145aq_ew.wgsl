// kernel k145aq_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_out_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1706: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1711: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_out_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1715: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1720: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145aq_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1707: f32 = p_optim_m_ln_out_b[i];
    let v1709: f32 = l1707 * 0.9f;
    let x1706: f32 = t1706[i];
    let v1710: f32 = x1706 * 0.1f;
    let v1711: f32 = v1709 + v1710;
    t1711[i] = v1711;
    let l1708: f32 = p_optim_v_ln_out_b[i];
    let v1712: f32 = l1708 * 0.95f;
    let v1713: f32 = x1706 * x1706;
    let v1714: f32 = v1713 * 0.05f;
    let v1715: f32 = v1712 + v1714;
    t1715[i] = v1715;
    let v1716: f32 = sqrt(v1715);
    let l1057: f32 = t1005[0i];
    let v1717: f32 = v1716 / l1057;
    let v1718: f32 = v1717 + 1e-8f;
    let v1719: f32 = v1711 / v1718;
    let l1063: f32 = t1004[0i];
    let v1720: f32 = v1719 * l1063;
    t1720[i] = v1720;
  }
}
