// kernel k197e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t777: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1137: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1141: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1144: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1133: f32 = p_optim_m_blocks_0_attn_wk_w[i];
  let v1135: f32 = l1133 * 0.9f;
  let l777: f32 = t777[i];
  let l1030: f32 = t986[0i];
  let v1132: f32 = l777 * l1030;
  let v1136: f32 = v1132 * 0.1f;
  let v1137: f32 = v1135 + v1136;
  t1137[i] = v1137;
  let l1134: f32 = p_optim_v_blocks_0_attn_wk_w[i];
  let v1138: f32 = l1134 * 0.95f;
  let v1139: f32 = v1132 * v1132;
  let v1140: f32 = v1139 * 0.05f;
  let v1141: f32 = v1138 + v1140;
  t1141[i] = v1141;
  let v1142: f32 = sqrt(v1141);
  let l1046: f32 = t996[0i];
  let v1143: f32 = v1142 / l1046;
  let v1144: f32 = v1143 + 1e-8f;
  t1144[i] = v1144;
}
