// kernel k145ao_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_out_g: array<f32>;
@group(0) @binding(1) var<storage, read> t359: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1695: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_out_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1699: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1703: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ao_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1691: f32 = p_optim_m_ln_out_g[i];
    let v1693: f32 = l1691 * 0.9f;
    let l360: f32 = t359[i];
    let l1040: f32 = t995[0i];
    let v1690: f32 = l360 * l1040;
    let v1694: f32 = v1690 * 0.1f;
    let v1695: f32 = v1693 + v1694;
    t1695[i] = v1695;
    let l1692: f32 = p_optim_v_ln_out_g[i];
    let v1696: f32 = l1692 * 0.95f;
    let v1697: f32 = v1690 * v1690;
    let v1698: f32 = v1697 * 0.05f;
    let v1699: f32 = v1696 + v1698;
    t1699[i] = v1699;
    let v1700: f32 = sqrt(v1699);
    let l1057: f32 = t1005[0i];
    let v1701: f32 = v1700 / l1057;
    let v1702: f32 = v1701 + 1e-8f;
    let v1703: f32 = v1695 / v1702;
    t1703[i] = v1703;
  }
}
