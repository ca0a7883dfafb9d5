// kernel k111c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t731: array<f32>;
@group(0) @binding(2) var<storage, read_write> t736: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t740: array<f32>;
@group(0) @binding(5) var<storage, read> t584: array<f32>;
@group(0) @binding(6) var<storage, read> t583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t745: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l732: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v734: f32 = l732 * 0.9f;
    let x731: f32 = t731[i];
    let v735: f32 = x731 * 0.1f;
    let v736: f32 = v734 + v735;
    t736[i] = v736;
    let l733: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v737: f32 = l733 * 0.95f;
    let v738: f32 = x731 * x731;
    let v739: f32 = v738 * 0.05f;
    let v740: f32 = v737 + v739;
    t740[i] = v740;
    let v741: f32 = sqrt(v740);
    let l636: f32 = t584[0i];
    let v742: f32 = v741 / l636;
    let v743: f32 = v742 + 1e-8f;
    let v744: f32 = v736 / v743;
    let l642: f32 = t583[0i];
    let v745: f32 = v744 * l642;
    t745[i] = v745;
  }
}
