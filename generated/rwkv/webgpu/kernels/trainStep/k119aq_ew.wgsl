// kernel k119aq_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_out_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1612: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1617: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_ln_out_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1621: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1626: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119aq_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1613: f32 = p_optim_m_ln_out_b[i];
    let v1615: f32 = l1613 * 0.9f;
    let x1612: f32 = t1612[i];
    let v1616: f32 = x1612 * 0.1f;
    let v1617: f32 = v1615 + v1616;
    t1617[i] = v1617;
    let l1614: f32 = p_optim_v_ln_out_b[i];
    let v1618: f32 = l1614 * 0.95f;
    let v1619: f32 = x1612 * x1612;
    let v1620: f32 = v1619 * 0.05f;
    let v1621: f32 = v1618 + v1620;
    t1621[i] = v1621;
    let v1622: f32 = sqrt(v1621);
    let l963: f32 = t911[0i];
    let v1623: f32 = v1622 / l963;
    let v1624: f32 = v1623 + 1e-8f;
    let v1625: f32 = v1617 / v1624;
    let l969: f32 = t910[0i];
    let v1626: f32 = v1625 * l969;
    t1626[i] = v1626;
  }
}
