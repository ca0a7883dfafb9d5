// kernel k201g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t831: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1302: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1306: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1309: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1298: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1300: f32 = l1298 * 0.9f;
  let l831: f32 = t831[i];
  let l1029: f32 = t958[0i];
  let v1297: f32 = l831 * l1029;
  let v1301: f32 = v1297 * 0.1f;
  let v1302: f32 = v1300 + v1301;
  t1302[i] = v1302;
  let l1299: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1303: f32 = l1299 * 0.95f;
  let v1304: f32 = v1297 * v1297;
  let v1305: f32 = v1304 * 0.05f;
  let v1306: f32 = v1303 + v1305;
  t1306[i] = v1306;
  let v1307: f32 = sqrt(v1306);
  let l1045: f32 = t968[0i];
  let v1308: f32 = v1307 / l1045;
  let v1309: f32 = v1308 + 1e-8f;
  t1309[i] = v1309;
}
