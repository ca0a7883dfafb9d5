// kernel k236h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1642: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1647: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1651: array<f32>;
@group(0) @binding(5) var<storage, read> t1101: array<f32>;
@group(0) @binding(6) var<storage, read> t1100: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1656: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1643: f32 = p_optim_m_norm_g[i];
    let v1645: f32 = l1643 * 0.9f;
    let x1642: f32 = t1642[i];
    let v1646: f32 = x1642 * 0.1f;
    let v1647: f32 = v1645 + v1646;
    t1647[i] = v1647;
    let l1644: f32 = p_optim_v_norm_g[i];
    let v1648: f32 = l1644 * 0.95f;
    let v1649: f32 = x1642 * x1642;
    let v1650: f32 = v1649 * 0.05f;
    let v1651: f32 = v1648 + v1650;
    t1651[i] = v1651;
    let v1652: f32 = sqrt(v1651);
    let l1153: f32 = t1101[0i];
    let v1653: f32 = v1652 / l1153;
    let v1654: f32 = v1653 + 1e-8f;
    let v1655: f32 = v1647 / v1654;
    let l1159: f32 = t1100[0i];
    let v1656: f32 = v1655 * l1159;
    t1656[i] = v1656;
  }
}
