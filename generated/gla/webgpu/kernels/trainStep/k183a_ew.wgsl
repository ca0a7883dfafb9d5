// kernel k183a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t525: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1137: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1143: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1148: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1131: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v1134: f32 = l1131 * 0.9f;
  let l525: f32 = t525[i];
  let l1129: f32 = t840[0i];
  let v1130: f32 = l525 * l1129;
  let v1136: f32 = v1130 * 0.1f;
  let v1137: f32 = v1134 + v1136;
  t1137[i] = v1137;
  let l1132: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v1139: f32 = l1132 * 0.95f;
  let v1140: f32 = v1130 * v1130;
  let v1142: f32 = v1140 * 0.05f;
  let v1143: f32 = v1139 + v1142;
  t1143[i] = v1143;
  let v1144: f32 = sqrt(v1143);
  let l1145: f32 = t850[0i];
  let v1146: f32 = v1144 / l1145;
  let v1148: f32 = v1146 + 1e-8f;
  t1148[i] = v1148;
}
