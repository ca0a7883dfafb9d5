// kernel k156g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t336: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1254: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1258: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k156g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1250: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v1252: f32 = l1250 * 0.9f;
  let l336: f32 = t336[i];
  let l1031: f32 = t766[0i];
  let v1249: f32 = l336 * l1031;
  let v1253: f32 = v1249 * 0.1f;
  let v1254: f32 = v1252 + v1253;
  t1254[i] = v1254;
  let l1251: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v1255: f32 = l1251 * 0.95f;
  let v1256: f32 = v1249 * v1249;
  let v1257: f32 = v1256 * 0.05f;
  let v1258: f32 = v1255 + v1257;
  t1258[i] = v1258;
  let v1259: f32 = sqrt(v1258);
  let l1047: f32 = t776[0i];
  let v1260: f32 = v1259 / l1047;
  let v1261: f32 = v1260 + 1e-8f;
  t1261[i] = v1261;
}
