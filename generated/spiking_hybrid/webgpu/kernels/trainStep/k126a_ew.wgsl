// kernel k126a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_local_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t397: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t926: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_local_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t932: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t937: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l920: f32 = p_optim_m_layers_0_local_wk_w[i];
  let v923: f32 = l920 * 0.9f;
  let l397: f32 = t397[i];
  let l918: f32 = t652[0i];
  let v919: f32 = l397 * l918;
  let v925: f32 = v919 * 0.1f;
  let v926: f32 = v923 + v925;
  t926[i] = v926;
  let l921: f32 = p_optim_v_layers_0_local_wk_w[i];
  let v928: f32 = l921 * 0.95f;
  let v929: f32 = v919 * v919;
  let v931: f32 = v929 * 0.05f;
  let v932: f32 = v928 + v931;
  t932[i] = v932;
  let v933: f32 = sqrt(v932);
  let l934: f32 = t662[0i];
  let v935: f32 = v933 / l934;
  let v937: f32 = v935 + 1e-8f;
  t937[i] = v937;
}
