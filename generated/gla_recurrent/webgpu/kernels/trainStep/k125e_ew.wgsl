// kernel k125e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t347: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1096: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wa1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1100: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1103: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1092: f32 = p_optim_m_layers_1_attn_wa1_w[i];
  let v1094: f32 = l1092 * 0.9f;
  let l347: f32 = t347[i];
  let l797: f32 = t666[0i];
  let v1091: f32 = l347 * l797;
  let v1095: f32 = v1091 * 0.1f;
  let v1096: f32 = v1094 + v1095;
  t1096[i] = v1096;
  let l1093: f32 = p_optim_v_layers_1_attn_wa1_w[i];
  let v1097: f32 = l1093 * 0.95f;
  let v1098: f32 = v1091 * v1091;
  let v1099: f32 = v1098 * 0.05f;
  let v1100: f32 = v1097 + v1099;
  t1100[i] = v1100;
  let v1101: f32 = sqrt(v1100);
  let l813: f32 = t676[0i];
  let v1102: f32 = v1101 / l813;
  let v1103: f32 = v1102 + 1e-8f;
  t1103[i] = v1103;
}
