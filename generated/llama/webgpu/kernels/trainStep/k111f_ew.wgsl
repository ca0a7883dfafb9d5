// kernel k111f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t272: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t904: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t908: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t912: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l900: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v902: f32 = l900 * 0.9f;
    let l273: f32 = t272[i];
    let l627: f32 = t582[0i];
    let v899: f32 = l273 * l627;
    let v903: f32 = v899 * 0.1f;
    let v904: f32 = v902 + v903;
    t904[i] = v904;
    let l901: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v905: f32 = l901 * 0.95f;
    let v906: f32 = v899 * v899;
    let v907: f32 = v906 * 0.05f;
    let v908: f32 = v905 + v907;
    t908[i] = v908;
    let v909: f32 = sqrt(v908);
    let l644: f32 = t592[0i];
    let v910: f32 = v909 / l644;
    let v911: f32 = v910 + 1e-8f;
    let v912: f32 = v904 / v911;
    t912[i] = v912;
  }
}
