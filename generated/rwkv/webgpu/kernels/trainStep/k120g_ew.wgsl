// kernel k120g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t578: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1165: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_output_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1169: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1172: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1161: f32 = p_optim_m_blocks_0_att_output_w[i];
  let v1163: f32 = l1161 * 0.9f;
  let l578: f32 = t578[i];
  let l1100: f32 = t901[0i];
  let v1160: f32 = l578 * l1100;
  let v1164: f32 = v1160 * 0.1f;
  let v1165: f32 = v1163 + v1164;
  t1165[i] = v1165;
  let l1162: f32 = p_optim_v_blocks_0_att_output_w[i];
  let v1166: f32 = l1162 * 0.95f;
  let v1167: f32 = v1160 * v1160;
  let v1168: f32 = v1167 * 0.05f;
  let v1169: f32 = v1166 + v1168;
  t1169[i] = v1169;
  let v1170: f32 = sqrt(v1169);
  let l1116: f32 = t911[0i];
  let v1171: f32 = v1170 / l1116;
  let v1172: f32 = v1171 + 1e-8f;
  t1172[i] = v1172;
}
