// kernel k150e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t458: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1121: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1125: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1128: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1117: f32 = p_optim_m_layers_1_attn_wq_a_w[i];
  let v1119: f32 = l1117 * 0.9f;
  let l458: f32 = t458[i];
  let l837: f32 = t766[0i];
  let v1116: f32 = l458 * l837;
  let v1120: f32 = v1116 * 0.1f;
  let v1121: f32 = v1119 + v1120;
  t1121[i] = v1121;
  let l1118: f32 = p_optim_v_layers_1_attn_wq_a_w[i];
  let v1122: f32 = l1118 * 0.95f;
  let v1123: f32 = v1116 * v1116;
  let v1124: f32 = v1123 * 0.05f;
  let v1125: f32 = v1122 + v1124;
  t1125[i] = v1125;
  let v1126: f32 = sqrt(v1125);
  let l853: f32 = t776[0i];
  let v1127: f32 = v1126 / l853;
  let v1128: f32 = v1127 + 1e-8f;
  t1128[i] = v1128;
}
