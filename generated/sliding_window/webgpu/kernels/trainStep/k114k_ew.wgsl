// kernel k114k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t260: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t965: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t969: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t972: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l961: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v963: f32 = l961 * 0.9f;
  let l260: f32 = t260[i];
  let l757: f32 = t584[0i];
  let v960: f32 = l260 * l757;
  let v964: f32 = v960 * 0.1f;
  let v965: f32 = v963 + v964;
  t965[i] = v965;
  let l962: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v966: f32 = l962 * 0.95f;
  let v967: f32 = v960 * v960;
  let v968: f32 = v967 * 0.05f;
  let v969: f32 = v966 + v968;
  t969[i] = v969;
  let v970: f32 = sqrt(v969);
  let l773: f32 = t594[0i];
  let v971: f32 = v970 / l773;
  let v972: f32 = v971 + 1e-8f;
  t972[i] = v972;
}
