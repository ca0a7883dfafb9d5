// kernel k127i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t250: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1245: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1249: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1252: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1241: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v1243: f32 = l1241 * 0.9f;
  let l250: f32 = t250[i];
  let l981: f32 = t666[0i];
  let v1240: f32 = l250 * l981;
  let v1244: f32 = v1240 * 0.1f;
  let v1245: f32 = v1243 + v1244;
  t1245[i] = v1245;
  let l1242: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v1246: f32 = l1242 * 0.95f;
  let v1247: f32 = v1240 * v1240;
  let v1248: f32 = v1247 * 0.05f;
  let v1249: f32 = v1246 + v1248;
  t1249[i] = v1249;
  let v1250: f32 = sqrt(v1249);
  let l997: f32 = t676[0i];
  let v1251: f32 = v1250 / l997;
  let v1252: f32 = v1251 + 1e-8f;
  t1252[i] = v1252;
}
