// kernel k126g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t336: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1169: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1173: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1165: f32 = p_optim_m_blocks_1_mlp_fc_w[i];
  let v1167: f32 = l1165 * 0.9f;
  let l336: f32 = t336[i];
  let l949: f32 = t736[0i];
  let v1164: f32 = l336 * l949;
  let v1168: f32 = v1164 * 0.1f;
  let v1169: f32 = v1167 + v1168;
  t1169[i] = v1169;
  let l1166: f32 = p_optim_v_blocks_1_mlp_fc_w[i];
  let v1170: f32 = l1166 * 0.95f;
  let v1171: f32 = v1164 * v1164;
  let v1172: f32 = v1171 * 0.05f;
  let v1173: f32 = v1170 + v1172;
  t1173[i] = v1173;
  let v1174: f32 = sqrt(v1173);
  let l965: f32 = t746[0i];
  let v1175: f32 = v1174 / l965;
  let v1176: f32 = v1175 + 1e-8f;
  t1176[i] = v1176;
}
