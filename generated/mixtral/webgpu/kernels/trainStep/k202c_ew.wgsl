// kernel k202c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t839: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1086: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1090: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1093: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1082: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v1084: f32 = l1082 * 0.9f;
  let l839: f32 = t839[i];
  let l1055: f32 = t958[0i];
  let v1081: f32 = l839 * l1055;
  let v1085: f32 = v1081 * 0.1f;
  let v1086: f32 = v1084 + v1085;
  t1086[i] = v1086;
  let l1083: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v1087: f32 = l1083 * 0.95f;
  let v1088: f32 = v1081 * v1081;
  let v1089: f32 = v1088 * 0.05f;
  let v1090: f32 = v1087 + v1089;
  t1090[i] = v1090;
  let v1091: f32 = sqrt(v1090);
  let l1071: f32 = t968[0i];
  let v1092: f32 = v1091 / l1071;
  let v1093: f32 = v1092 + 1e-8f;
  t1093[i] = v1093;
}
