// kernel k203a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t872: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1068: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1074: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1079: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1062: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v1065: f32 = l1062 * 0.9f;
  let l872: f32 = t872[i];
  let l1060: f32 = t989[0i];
  let v1061: f32 = l872 * l1060;
  let v1067: f32 = v1061 * 0.1f;
  let v1068: f32 = v1065 + v1067;
  t1068[i] = v1068;
  let l1063: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v1070: f32 = l1063 * 0.95f;
  let v1071: f32 = v1061 * v1061;
  let v1073: f32 = v1071 * 0.05f;
  let v1074: f32 = v1070 + v1073;
  t1074[i] = v1074;
  let v1075: f32 = sqrt(v1074);
  let l1076: f32 = t999[0i];
  let v1077: f32 = v1075 / l1076;
  let v1079: f32 = v1077 + 1e-8f;
  t1079[i] = v1079;
}
