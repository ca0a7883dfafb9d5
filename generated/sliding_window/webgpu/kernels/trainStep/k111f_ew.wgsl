// kernel k111f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t274: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t915: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t919: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t923: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l911: f32 = p_optim_m_layers_1_mlp_norm_g[i];
    let v913: f32 = l911 * 0.9f;
    let l275: f32 = t274[i];
    let l629: f32 = t584[0i];
    let v910: f32 = l275 * l629;
    let v914: f32 = v910 * 0.1f;
    let v915: f32 = v913 + v914;
    t915[i] = v915;
    let l912: f32 = p_optim_v_layers_1_mlp_norm_g[i];
    let v916: f32 = l912 * 0.95f;
    let v917: f32 = v910 * v910;
    let v918: f32 = v917 * 0.05f;
    let v919: f32 = v916 + v918;
    t919[i] = v919;
    let v920: f32 = sqrt(v919);
    let l646: f32 = t594[0i];
    let v921: f32 = v920 / l646;
    let v922: f32 = v921 + 1e-8f;
    let v923: f32 = v915 / v922;
    t923[i] = v923;
  }
}
