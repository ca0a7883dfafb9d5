// kernel k116k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t262: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t969: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t973: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t976: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l965: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v967: f32 = l965 * 0.9f;
  let l262: f32 = t262[i];
  let l761: f32 = t588[0i];
  let v964: f32 = l262 * l761;
  let v968: f32 = v964 * 0.1f;
  let v969: f32 = v967 + v968;
  t969[i] = v969;
  let l966: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v970: f32 = l966 * 0.95f;
  let v971: f32 = v964 * v964;
  let v972: f32 = v971 * 0.05f;
  let v973: f32 = v970 + v972;
  t973[i] = v973;
  let v974: f32 = sqrt(v973);
  let l777: f32 = t598[0i];
  let v975: f32 = v974 / l777;
  let v976: f32 = v975 + 1e-8f;
  t976[i] = v976;
}
