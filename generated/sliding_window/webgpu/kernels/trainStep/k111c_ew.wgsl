// kernel k111c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t741: array<f32>;
@group(0) @binding(2) var<storage, read_write> t746: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t750: array<f32>;
@group(0) @binding(5) var<storage, read> t594: array<f32>;
@group(0) @binding(6) var<storage, read> t593: array<f32>;
@group(0) @binding(7) var<storage, read_write> t755: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l742: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v744: f32 = l742 * 0.9f;
    let x741: f32 = t741[i];
    let v745: f32 = x741 * 0.1f;
    let v746: f32 = v744 + v745;
    t746[i] = v746;
    let l743: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v747: f32 = l743 * 0.95f;
    let v748: f32 = x741 * x741;
    let v749: f32 = v748 * 0.05f;
    let v750: f32 = v747 + v749;
    t750[i] = v750;
    let v751: f32 = sqrt(v750);
    let l646: f32 = t594[0i];
    let v752: f32 = v751 / l646;
    let v753: f32 = v752 + 1e-8f;
    let v754: f32 = v746 / v753;
    let l652: f32 = t593[0i];
    let v755: f32 = v754 * l652;
    t755[i] = v755;
  }
}
