// kernel k204e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t864: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1299: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1303: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1306: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k204e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1295: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1297: f32 = l1295 * 0.9f;
  let l864: f32 = t864[i];
  let l1086: f32 = t989[0i];
  let v1294: f32 = l864 * l1086;
  let v1298: f32 = v1294 * 0.1f;
  let v1299: f32 = v1297 + v1298;
  t1299[i] = v1299;
  let l1296: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1300: f32 = l1296 * 0.95f;
  let v1301: f32 = v1294 * v1294;
  let v1302: f32 = v1301 * 0.05f;
  let v1303: f32 = v1300 + v1302;
  t1303[i] = v1303;
  let v1304: f32 = sqrt(v1303);
  let l1102: f32 = t999[0i];
  let v1305: f32 = v1304 / l1102;
  let v1306: f32 = v1305 + 1e-8f;
  t1306[i] = v1306;
}
