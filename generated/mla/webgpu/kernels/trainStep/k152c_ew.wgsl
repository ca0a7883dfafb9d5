// kernel k152c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t432: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1144: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1148: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1151: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k152c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1140: f32 = p_optim_m_layers_1_attn_wq_b_w[i];
  let v1142: f32 = l1140 * 0.9f;
  let l432: f32 = t432[i];
  let l877: f32 = t756[0i];
  let v1139: f32 = l432 * l877;
  let v1143: f32 = v1139 * 0.1f;
  let v1144: f32 = v1142 + v1143;
  t1144[i] = v1144;
  let l1141: f32 = p_optim_v_layers_1_attn_wq_b_w[i];
  let v1145: f32 = l1141 * 0.95f;
  let v1146: f32 = v1139 * v1139;
  let v1147: f32 = v1146 * 0.05f;
  let v1148: f32 = v1145 + v1147;
  t1148[i] = v1148;
  let v1149: f32 = sqrt(v1148);
  let l893: f32 = t766[0i];
  let v1150: f32 = v1149 / l893;
  let v1151: f32 = v1150 + 1e-8f;
  t1151[i] = v1151;
}
