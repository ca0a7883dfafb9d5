// kernel k123c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_norm2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t800: array<f32>;
@group(0) @binding(2) var<storage, read_write> t805: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_norm2_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t809: array<f32>;
@group(0) @binding(5) var<storage, read> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t661: array<f32>;
@group(0) @binding(7) var<storage, read_write> t814: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l801: f32 = p_optim_m_layers_0_norm2_g[i];
    let v803: f32 = l801 * 0.9f;
    let x800: f32 = t800[i];
    let v804: f32 = x800 * 0.1f;
    let v805: f32 = v803 + v804;
    t805[i] = v805;
    let l802: f32 = p_optim_v_layers_0_norm2_g[i];
    let v806: f32 = l802 * 0.95f;
    let v807: f32 = x800 * x800;
    let v808: f32 = v807 * 0.05f;
    let v809: f32 = v806 + v808;
    t809[i] = v809;
    let v810: f32 = sqrt(v809);
    let l714: f32 = t662[0i];
    let v811: f32 = v810 / l714;
    let v812: f32 = v811 + 1e-8f;
    let v813: f32 = v805 / v812;
    let l720: f32 = t661[0i];
    let v814: f32 = v813 * l720;
    t814[i] = v814;
  }
}
