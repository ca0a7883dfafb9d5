// kernel k203c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t869: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1134: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1138: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1141: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1130: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1132: f32 = l1130 * 0.9f;
  let l869: f32 = t869[i];
  let l1060: f32 = t989[0i];
  let v1129: f32 = l869 * l1060;
  let v1133: f32 = v1129 * 0.1f;
  let v1134: f32 = v1132 + v1133;
  t1134[i] = v1134;
  let l1131: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1135: f32 = l1131 * 0.95f;
  let v1136: f32 = v1129 * v1129;
  let v1137: f32 = v1136 * 0.05f;
  let v1138: f32 = v1135 + v1137;
  t1138[i] = v1138;
  let v1139: f32 = sqrt(v1138);
  let l1076: f32 = t999[0i];
  let v1140: f32 = v1139 / l1076;
  let v1141: f32 = v1140 + 1e-8f;
  t1141[i] = v1141;
}
