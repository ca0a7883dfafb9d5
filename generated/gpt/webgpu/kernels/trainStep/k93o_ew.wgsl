// kernel k93o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t328: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1099: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1103: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1106: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1095: f32 = p_optim_m_blocks_1_attn_wv_w[i];
  let v1097: f32 = l1095 * 0.9f;
  let l328: f32 = t328[i];
  let l680: f32 = t636[0i];
  let v1094: f32 = l328 * l680;
  let v1098: f32 = v1094 * 0.1f;
  let v1099: f32 = v1097 + v1098;
  t1099[i] = v1099;
  let l1096: f32 = p_optim_v_blocks_1_attn_wv_w[i];
  let v1100: f32 = l1096 * 0.95f;
  let v1101: f32 = v1094 * v1094;
  let v1102: f32 = v1101 * 0.05f;
  let v1103: f32 = v1100 + v1102;
  t1103[i] = v1103;
  let v1104: f32 = sqrt(v1103);
  let l696: f32 = t646[0i];
  let v1105: f32 = v1104 / l696;
  let v1106: f32 = v1105 + 1e-8f;
  t1106[i] = v1106;
}
