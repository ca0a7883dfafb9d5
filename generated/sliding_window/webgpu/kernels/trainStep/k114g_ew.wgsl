// kernel k114g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t262: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t921: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t925: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t928: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l917: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v919: f32 = l917 * 0.9f;
  let l262: f32 = t262[i];
  let l747: f32 = t574[0i];
  let v916: f32 = l262 * l747;
  let v920: f32 = v916 * 0.1f;
  let v921: f32 = v919 + v920;
  t921[i] = v921;
  let l918: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v922: f32 = l918 * 0.95f;
  let v923: f32 = v916 * v916;
  let v924: f32 = v923 * 0.05f;
  let v925: f32 = v922 + v924;
  t925[i] = v925;
  let v926: f32 = sqrt(v925);
  let l763: f32 = t584[0i];
  let v927: f32 = v926 / l763;
  let v928: f32 = v927 + 1e-8f;
  t928[i] = v928;
}
