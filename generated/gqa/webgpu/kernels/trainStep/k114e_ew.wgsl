// kernel k114e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t362: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t804: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t808: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t811: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l800: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v802: f32 = l800 * 0.9f;
  let l362: f32 = t362[i];
  let l747: f32 = t574[0i];
  let v799: f32 = l362 * l747;
  let v803: f32 = v799 * 0.1f;
  let v804: f32 = v802 + v803;
  t804[i] = v804;
  let l801: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v805: f32 = l801 * 0.95f;
  let v806: f32 = v799 * v799;
  let v807: f32 = v806 * 0.05f;
  let v808: f32 = v805 + v807;
  t808[i] = v808;
  let v809: f32 = sqrt(v808);
  let l763: f32 = t584[0i];
  let v810: f32 = v809 / l763;
  let v811: f32 = v810 + 1e-8f;
  t811[i] = v811;
}
