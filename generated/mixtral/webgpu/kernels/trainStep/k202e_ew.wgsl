// kernel k202e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t833: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1268: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1272: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1275: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1264: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1266: f32 = l1264 * 0.9f;
  let l833: f32 = t833[i];
  let l1055: f32 = t958[0i];
  let v1263: f32 = l833 * l1055;
  let v1267: f32 = v1263 * 0.1f;
  let v1268: f32 = v1266 + v1267;
  t1268[i] = v1268;
  let l1265: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1269: f32 = l1265 * 0.95f;
  let v1270: f32 = v1263 * v1263;
  let v1271: f32 = v1270 * 0.05f;
  let v1272: f32 = v1269 + v1271;
  t1272[i] = v1272;
  let v1273: f32 = sqrt(v1272);
  let l1071: f32 = t968[0i];
  let v1274: f32 = v1273 / l1071;
  let v1275: f32 = v1274 + 1e-8f;
  t1275[i] = v1275;
}
