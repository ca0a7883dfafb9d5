// kernel k183c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t549: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1213: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1219: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1207: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v1210: f32 = l1207 * 0.9f;
  let l549: f32 = t549[i];
  let l1205: f32 = t890[0i];
  let v1206: f32 = l549 * l1205;
  let v1212: f32 = v1206 * 0.1f;
  let v1213: f32 = v1210 + v1212;
  t1213[i] = v1213;
  let l1208: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v1215: f32 = l1208 * 0.95f;
  let v1216: f32 = v1206 * v1206;
  let v1218: f32 = v1216 * 0.05f;
  let v1219: f32 = v1215 + v1218;
  t1219[i] = v1219;
  let v1220: f32 = sqrt(v1219);
  let l1221: f32 = t900[0i];
  let v1222: f32 = v1220 / l1221;
  let v1224: f32 = v1222 + 1e-8f;
  t1224[i] = v1224;
}
