// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t908: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t912: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t916: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l904: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v906: f32 = l904 * 0.9f;
    let l275: f32 = t274[i];
    let l631: f32 = t586[0i];
    let v903: f32 = l275 * l631;
    let v907: f32 = v903 * 0.1f;
    let v908: f32 = v906 + v907;
    t908[i] = v908;
    let l905: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v909: f32 = l905 * 0.95f;
    let v910: f32 = v903 * v903;
    let v911: f32 = v910 * 0.05f;
    let v912: f32 = v909 + v911;
    t912[i] = v912;
    let v913: f32 = sqrt(v912);
    let l648: f32 = t596[0i];
    let v914: f32 = v913 / l648;
    let v915: f32 = v914 + 1e-8f;
    let v916: f32 = v908 / v915;
    t916[i] = v916;
  }
}
