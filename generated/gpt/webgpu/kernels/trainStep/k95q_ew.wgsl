// kernel k95q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t317: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1136: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1140: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1143: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1132: f32 = p_optim_m_blocks_1_attn_wo_w[i];
  let v1134: f32 = l1132 * 0.9f;
  let l317: f32 = t317[i];
  let l684: f32 = t640[0i];
  let v1131: f32 = l317 * l684;
  let v1135: f32 = v1131 * 0.1f;
  let v1136: f32 = v1134 + v1135;
  t1136[i] = v1136;
  let l1133: f32 = p_optim_v_blocks_1_attn_wo_w[i];
  let v1137: f32 = l1133 * 0.95f;
  let v1138: f32 = v1131 * v1131;
  let v1139: f32 = v1138 * 0.05f;
  let v1140: f32 = v1137 + v1139;
  t1140[i] = v1140;
  let v1141: f32 = sqrt(v1140);
  let l700: f32 = t650[0i];
  let v1142: f32 = v1141 / l700;
  let v1143: f32 = v1142 + 1e-8f;
  t1143[i] = v1143;
}
