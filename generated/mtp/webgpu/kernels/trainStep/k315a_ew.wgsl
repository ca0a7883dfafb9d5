// kernel k315a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1306: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1626: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1632: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1639: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1620: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v1623: f32 = l1620 * 0.9f;
    let l1307: f32 = t1306[i];
    let l1618: f32 = t1573[0i];
    let v1619: f32 = l1307 * l1618;
    let v1625: f32 = v1619 * 0.1f;
    let v1626: f32 = v1623 + v1625;
    t1626[i] = v1626;
    let l1621: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v1628: f32 = l1621 * 0.95f;
    let v1629: f32 = v1619 * v1619;
    let v1631: f32 = v1629 * 0.05f;
    let v1632: f32 = v1628 + v1631;
    t1632[i] = v1632;
    let v1633: f32 = sqrt(v1632);
    let l1635: f32 = t1583[0i];
    let v1636: f32 = v1633 / l1635;
    let v1638: f32 = v1636 + 1e-8f;
    let v1639: f32 = v1626 / v1638;
    t1639[i] = v1639;
  }
}
