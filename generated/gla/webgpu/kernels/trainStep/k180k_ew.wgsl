// kernel k180k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t526: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1269: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1273: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1276: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1265: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1267: f32 = l1265 * 0.9f;
  let l526: f32 = t526[i];
  let l961: f32 = t890[0i];
  let v1264: f32 = l526 * l961;
  let v1268: f32 = v1264 * 0.1f;
  let v1269: f32 = v1267 + v1268;
  t1269[i] = v1269;
  let l1266: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1270: f32 = l1266 * 0.95f;
  let v1271: f32 = v1264 * v1264;
  let v1272: f32 = v1271 * 0.05f;
  let v1273: f32 = v1270 + v1272;
  t1273[i] = v1273;
  let v1274: f32 = sqrt(v1273);
  let l977: f32 = t900[0i];
  let v1275: f32 = v1274 / l977;
  let v1276: f32 = v1275 + 1e-8f;
  t1276[i] = v1276;
}
