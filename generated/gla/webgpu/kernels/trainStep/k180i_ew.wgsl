// kernel k180i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t545: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1101: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1105: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1108: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1097: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1099: f32 = l1097 * 0.9f;
  let l545: f32 = t545[i];
  let l911: f32 = t840[0i];
  let v1096: f32 = l545 * l911;
  let v1100: f32 = v1096 * 0.1f;
  let v1101: f32 = v1099 + v1100;
  t1101[i] = v1101;
  let l1098: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1102: f32 = l1098 * 0.95f;
  let v1103: f32 = v1096 * v1096;
  let v1104: f32 = v1103 * 0.05f;
  let v1105: f32 = v1102 + v1104;
  t1105[i] = v1105;
  let v1106: f32 = sqrt(v1105);
  let l927: f32 = t850[0i];
  let v1107: f32 = v1106 / l927;
  let v1108: f32 = v1107 + 1e-8f;
  t1108[i] = v1108;
}
