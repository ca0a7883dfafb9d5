// kernel k236h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1662: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1667: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1671: array<f32>;
@group(0) @binding(5) var<storage, read> t1121: array<f32>;
@group(0) @binding(6) var<storage, read> t1120: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1676: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1663: f32 = p_optim_m_norm_g[i];
    let v1665: f32 = l1663 * 0.9f;
    let x1662: f32 = t1662[i];
    let v1666: f32 = x1662 * 0.1f;
    let v1667: f32 = v1665 + v1666;
    t1667[i] = v1667;
    let l1664: f32 = p_optim_v_norm_g[i];
    let v1668: f32 = l1664 * 0.95f;
    let v1669: f32 = x1662 * x1662;
    let v1670: f32 = v1669 * 0.05f;
    let v1671: f32 = v1668 + v1670;
    t1671[i] = v1671;
    let v1672: f32 = sqrt(v1671);
    let l1173: f32 = t1121[0i];
    let v1673: f32 = v1672 / l1173;
    let v1674: f32 = v1673 + 1e-8f;
    let v1675: f32 = v1667 / v1674;
    let l1179: f32 = t1120[0i];
    let v1676: f32 = v1675 * l1179;
    t1676[i] = v1676;
  }
}
