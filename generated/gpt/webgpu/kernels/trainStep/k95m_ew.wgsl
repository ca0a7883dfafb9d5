// kernel k95m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t337: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1070: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1074: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1077: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1066: f32 = p_optim_m_blocks_1_attn_wk_w[i];
  let v1068: f32 = l1066 * 0.9f;
  let l337: f32 = t337[i];
  let l684: f32 = t640[0i];
  let v1065: f32 = l337 * l684;
  let v1069: f32 = v1065 * 0.1f;
  let v1070: f32 = v1068 + v1069;
  t1070[i] = v1070;
  let l1067: f32 = p_optim_v_blocks_1_attn_wk_w[i];
  let v1071: f32 = l1067 * 0.95f;
  let v1072: f32 = v1065 * v1065;
  let v1073: f32 = v1072 * 0.05f;
  let v1074: f32 = v1071 + v1073;
  t1074[i] = v1074;
  let v1075: f32 = sqrt(v1074);
  let l700: f32 = t650[0i];
  let v1076: f32 = v1075 / l700;
  let v1077: f32 = v1076 + 1e-8f;
  t1077[i] = v1077;
}
