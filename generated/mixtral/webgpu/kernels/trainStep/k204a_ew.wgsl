// kernel k204a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t871: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1094: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1100: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1105: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1088: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v1091: f32 = l1088 * 0.9f;
  let l871: f32 = t871[i];
  let l1086: f32 = t989[0i];
  let v1087: f32 = l871 * l1086;
  let v1093: f32 = v1087 * 0.1f;
  let v1094: f32 = v1091 + v1093;
  t1094[i] = v1094;
  let l1089: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v1096: f32 = l1089 * 0.95f;
  let v1097: f32 = v1087 * v1087;
  let v1099: f32 = v1097 * 0.05f;
  let v1100: f32 = v1096 + v1099;
  t1100[i] = v1100;
  let v1101: f32 = sqrt(v1100);
  let l1102: f32 = t999[0i];
  let v1103: f32 = v1101 / l1102;
  let v1105: f32 = v1103 + 1e-8f;
  t1105[i] = v1105;
}
