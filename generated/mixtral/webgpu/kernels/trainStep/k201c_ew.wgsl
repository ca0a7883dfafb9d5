// kernel k201c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t838: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1103: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1107: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1110: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1099: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1101: f32 = l1099 * 0.9f;
  let l838: f32 = t838[i];
  let l1029: f32 = t958[0i];
  let v1098: f32 = l838 * l1029;
  let v1102: f32 = v1098 * 0.1f;
  let v1103: f32 = v1101 + v1102;
  t1103[i] = v1103;
  let l1100: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1104: f32 = l1100 * 0.95f;
  let v1105: f32 = v1098 * v1098;
  let v1106: f32 = v1105 * 0.05f;
  let v1107: f32 = v1104 + v1106;
  t1107[i] = v1107;
  let v1108: f32 = sqrt(v1107);
  let l1045: f32 = t968[0i];
  let v1109: f32 = v1108 / l1045;
  let v1110: f32 = v1109 + 1e-8f;
  t1110[i] = v1110;
}
