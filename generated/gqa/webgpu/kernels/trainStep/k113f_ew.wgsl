// kernel k113f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t276: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t919: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t923: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t927: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l915: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v917: f32 = l915 * 0.9f;
    let l277: f32 = t276[i];
    let l633: f32 = t588[0i];
    let v914: f32 = l277 * l633;
    let v918: f32 = v914 * 0.1f;
    let v919: f32 = v917 + v918;
    t919[i] = v919;
    let l916: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v920: f32 = l916 * 0.95f;
    let v921: f32 = v914 * v914;
    let v922: f32 = v921 * 0.05f;
    let v923: f32 = v920 + v922;
    t923[i] = v923;
    let v924: f32 = sqrt(v923);
    let l650: f32 = t598[0i];
    let v925: f32 = v924 / l650;
    let v926: f32 = v925 + 1e-8f;
    let v927: f32 = v919 / v926;
    t927[i] = v927;
  }
}
