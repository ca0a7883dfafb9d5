// kernel k315c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1721: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1726: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1730: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1735: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1722: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v1724: f32 = l1722 * 0.9f;
    let x1721: f32 = t1721[i];
    let v1725: f32 = x1721 * 0.1f;
    let v1726: f32 = v1724 + v1725;
    t1726[i] = v1726;
    let l1723: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v1727: f32 = l1723 * 0.95f;
    let v1728: f32 = x1721 * x1721;
    let v1729: f32 = v1728 * 0.05f;
    let v1730: f32 = v1727 + v1729;
    t1730[i] = v1730;
    let v1731: f32 = sqrt(v1730);
    let l1635: f32 = t1583[0i];
    let v1732: f32 = v1731 / l1635;
    let v1733: f32 = v1732 + 1e-8f;
    let v1734: f32 = v1726 / v1733;
    let l1641: f32 = t1582[0i];
    let v1735: f32 = v1734 * l1641;
    t1735[i] = v1735;
  }
}
