// kernel k111c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t730: array<f32>;
@group(0) @binding(2) var<storage, read_write> t735: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t739: array<f32>;
@group(0) @binding(5) var<storage, read> t592: array<f32>;
@group(0) @binding(6) var<storage, read> t591: array<f32>;
@group(0) @binding(7) var<storage, read_write> t744: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l731: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v733: f32 = l731 * 0.9f;
    let x730: f32 = t730[i];
    let v734: f32 = x730 * 0.1f;
    let v735: f32 = v733 + v734;
    t735[i] = v735;
    let l732: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v736: f32 = l732 * 0.95f;
    let v737: f32 = x730 * x730;
    let v738: f32 = v737 * 0.05f;
    let v739: f32 = v736 + v738;
    t739[i] = v739;
    let v740: f32 = sqrt(v739);
    let l644: f32 = t592[0i];
    let v741: f32 = v740 / l644;
    let v742: f32 = v741 + 1e-8f;
    let v743: f32 = v735 / v742;
    let l650: f32 = t591[0i];
    let v744: f32 = v743 * l650;
    t744[i] = v744;
  }
}
