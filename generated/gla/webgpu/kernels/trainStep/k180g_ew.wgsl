// kernel k180g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t599: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1094: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1098: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1101: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1090: f32 = p_optim_m_layers_0_attn_wr_w[i];
  let v1092: f32 = l1090 * 0.9f;
  let l599: f32 = t599[i];
  let l961: f32 = t890[0i];
  let v1089: f32 = l599 * l961;
  let v1093: f32 = v1089 * 0.1f;
  let v1094: f32 = v1092 + v1093;
  t1094[i] = v1094;
  let l1091: f32 = p_optim_v_layers_0_attn_wr_w[i];
  let v1095: f32 = l1091 * 0.95f;
  let v1096: f32 = v1089 * v1089;
  let v1097: f32 = v1096 * 0.05f;
  let v1098: f32 = v1095 + v1097;
  t1098[i] = v1098;
  let v1099: f32 = sqrt(v1098);
  let l977: f32 = t900[0i];
  let v1100: f32 = v1099 / l977;
  let v1101: f32 = v1100 + 1e-8f;
  t1101[i] = v1101;
}
