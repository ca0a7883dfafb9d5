// kernel k237e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t968: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1230: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1234: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1226: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v1228: f32 = l1226 * 0.9f;
  let l968: f32 = t968[i];
  let l1182: f32 = t1111[0i];
  let v1225: f32 = l968 * l1182;
  let v1229: f32 = v1225 * 0.1f;
  let v1230: f32 = v1228 + v1229;
  t1230[i] = v1230;
  let l1227: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v1231: f32 = l1227 * 0.95f;
  let v1232: f32 = v1225 * v1225;
  let v1233: f32 = v1232 * 0.05f;
  let v1234: f32 = v1231 + v1233;
  t1234[i] = v1234;
  let v1235: f32 = sqrt(v1234);
  let l1198: f32 = t1121[0i];
  let v1236: f32 = v1235 / l1198;
  let v1237: f32 = v1236 + 1e-8f;
  t1237[i] = v1237;
}
