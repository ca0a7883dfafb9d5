// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t734: array<f32>;
@group(0) @binding(2) var<storage, read_write> t739: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t743: array<f32>;
@group(0) @binding(5) var<storage, read> t596: array<f32>;
@group(0) @binding(6) var<storage, read> t595: array<f32>;
@group(0) @binding(7) var<storage, read_write> t748: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l735: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v737: f32 = l735 * 0.9f;
    let x734: f32 = t734[i];
    let v738: f32 = x734 * 0.1f;
    let v739: f32 = v737 + v738;
    t739[i] = v739;
    let l736: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v740: f32 = l736 * 0.95f;
    let v741: f32 = x734 * x734;
    let v742: f32 = v741 * 0.05f;
    let v743: f32 = v740 + v742;
    t743[i] = v743;
    let v744: f32 = sqrt(v743);
    let l648: f32 = t596[0i];
    let v745: f32 = v744 / l648;
    let v746: f32 = v745 + 1e-8f;
    let v747: f32 = v739 / v746;
    let l654: f32 = t595[0i];
    let v748: f32 = v747 * l654;
    t748[i] = v748;
  }
}
