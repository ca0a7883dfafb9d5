// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t745: array<f32>;
@group(0) @binding(2) var<storage, read_write> t750: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t754: array<f32>;
@group(0) @binding(5) var<storage, read> t598: array<f32>;
@group(0) @binding(6) var<storage, read> t597: array<f32>;
@group(0) @binding(7) var<storage, read_write> t759: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l746: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v748: f32 = l746 * 0.9f;
    let x745: f32 = t745[i];
    let v749: f32 = x745 * 0.1f;
    let v750: f32 = v748 + v749;
    t750[i] = v750;
    let l747: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v751: f32 = l747 * 0.95f;
    let v752: f32 = x745 * x745;
    let v753: f32 = v752 * 0.05f;
    let v754: f32 = v751 + v753;
    t754[i] = v754;
    let v755: f32 = sqrt(v754);
    let l650: f32 = t598[0i];
    let v756: f32 = v755 / l650;
    let v757: f32 = v756 + 1e-8f;
    let v758: f32 = v750 / v757;
    let l656: f32 = t597[0i];
    let v759: f32 = v758 * l656;
    t759[i] = v759;
  }
}
