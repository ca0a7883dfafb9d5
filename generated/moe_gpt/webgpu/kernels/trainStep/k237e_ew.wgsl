// kernel k237e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t948: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1210: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1214: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1206: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v1208: f32 = l1206 * 0.9f;
  let l948: f32 = t948[i];
  let l1162: f32 = t1091[0i];
  let v1205: f32 = l948 * l1162;
  let v1209: f32 = v1205 * 0.1f;
  let v1210: f32 = v1208 + v1209;
  t1210[i] = v1210;
  let l1207: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v1211: f32 = l1207 * 0.95f;
  let v1212: f32 = v1205 * v1205;
  let v1213: f32 = v1212 * 0.05f;
  let v1214: f32 = v1211 + v1213;
  t1214[i] = v1214;
  let v1215: f32 = sqrt(v1214);
  let l1178: f32 = t1101[0i];
  let v1216: f32 = v1215 / l1178;
  let v1217: f32 = v1216 + 1e-8f;
  t1217[i] = v1217;
}
