// kernel k93q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t315: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1132: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1136: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1139: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1128: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1130: f32 = l1128 * 0.9f;
  let l316: f32 = t315[i];
  let l680: f32 = t636[0i];
  let v1127: f32 = l316 * l680;
  let v1131: f32 = v1127 * 0.1f;
  let v1132: f32 = v1130 + v1131;
  t1132[i] = v1132;
  let l1129: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1133: f32 = l1129 * 0.95f;
  let v1134: f32 = v1127 * v1127;
  let v1135: f32 = v1134 * 0.05f;
  let v1136: f32 = v1133 + v1135;
  t1136[i] = v1136;
  let v1137: f32 = sqrt(v1136);
  let l696: f32 = t646[0i];
  let v1138: f32 = v1137 / l696;
  let v1139: f32 = v1138 + 1e-8f;
  t1139[i] = v1139;
}
