// kernel k204c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t870: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1117: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1121: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1124: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1113: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v1115: f32 = l1113 * 0.9f;
  let l870: f32 = t870[i];
  let l1086: f32 = t989[0i];
  let v1112: f32 = l870 * l1086;
  let v1116: f32 = v1112 * 0.1f;
  let v1117: f32 = v1115 + v1116;
  t1117[i] = v1117;
  let l1114: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v1118: f32 = l1114 * 0.95f;
  let v1119: f32 = v1112 * v1112;
  let v1120: f32 = v1119 * 0.05f;
  let v1121: f32 = v1118 + v1120;
  t1121[i] = v1121;
  let v1122: f32 = sqrt(v1121);
  let l1102: f32 = t999[0i];
  let v1123: f32 = v1122 / l1102;
  let v1124: f32 = v1123 + 1e-8f;
  t1124[i] = v1124;
}
