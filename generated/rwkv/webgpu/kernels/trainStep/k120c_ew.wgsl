// kernel k120c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1131: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1135: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1138: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1127: f32 = p_optim_m_blocks_0_att_value_w[i];
  let v1129: f32 = l1127 * 0.9f;
  let l623: f32 = t623[i];
  let l1100: f32 = t901[0i];
  let v1126: f32 = l623 * l1100;
  let v1130: f32 = v1126 * 0.1f;
  let v1131: f32 = v1129 + v1130;
  t1131[i] = v1131;
  let l1128: f32 = p_optim_v_blocks_0_att_value_w[i];
  let v1132: f32 = l1128 * 0.95f;
  let v1133: f32 = v1126 * v1126;
  let v1134: f32 = v1133 * 0.05f;
  let v1135: f32 = v1132 + v1134;
  t1135[i] = v1135;
  let v1136: f32 = sqrt(v1135);
  let l1116: f32 = t911[0i];
  let v1137: f32 = v1136 / l1116;
  let v1138: f32 = v1137 + 1e-8f;
  t1138[i] = v1138;
}
