// kernel k111f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t266: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t905: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t909: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t913: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l901: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v903: f32 = l901 * 0.9f;
    let l267: f32 = t266[i];
    let l619: f32 = t574[0i];
    let v900: f32 = l267 * l619;
    let v904: f32 = v900 * 0.1f;
    let v905: f32 = v903 + v904;
    t905[i] = v905;
    let l902: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v906: f32 = l902 * 0.95f;
    let v907: f32 = v900 * v900;
    let v908: f32 = v907 * 0.05f;
    let v909: f32 = v906 + v908;
    t909[i] = v909;
    let v910: f32 = sqrt(v909);
    let l636: f32 = t584[0i];
    let v911: f32 = v910 / l636;
    let v912: f32 = v911 + 1e-8f;
    let v913: f32 = v905 / v912;
    t913[i] = v913;
  }
}
