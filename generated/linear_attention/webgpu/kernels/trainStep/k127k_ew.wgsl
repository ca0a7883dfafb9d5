// kernel k127k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t431: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1069: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1073: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1076: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1065: f32 = p_optim_m_blocks_1_attn_wq_w[i];
  let v1067: f32 = l1065 * 0.9f;
  let l431: f32 = t431[i];
  let l780: f32 = t736[0i];
  let v1064: f32 = l431 * l780;
  let v1068: f32 = v1064 * 0.1f;
  let v1069: f32 = v1067 + v1068;
  t1069[i] = v1069;
  let l1066: f32 = p_optim_v_blocks_1_attn_wq_w[i];
  let v1070: f32 = l1066 * 0.95f;
  let v1071: f32 = v1064 * v1064;
  let v1072: f32 = v1071 * 0.05f;
  let v1073: f32 = v1070 + v1072;
  t1073[i] = v1073;
  let v1074: f32 = sqrt(v1073);
  let l796: f32 = t746[0i];
  let v1075: f32 = v1074 / l796;
  let v1076: f32 = v1075 + 1e-8f;
  t1076[i] = v1076;
}
