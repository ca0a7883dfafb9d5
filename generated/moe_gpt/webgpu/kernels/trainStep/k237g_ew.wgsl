// kernel k237g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t947: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1227: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1231: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1234: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1223: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1225: f32 = l1223 * 0.9f;
  let l947: f32 = t947[i];
  let l1162: f32 = t1091[0i];
  let v1222: f32 = l947 * l1162;
  let v1226: f32 = v1222 * 0.1f;
  let v1227: f32 = v1225 + v1226;
  t1227[i] = v1227;
  let l1224: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1228: f32 = l1224 * 0.95f;
  let v1229: f32 = v1222 * v1222;
  let v1230: f32 = v1229 * 0.05f;
  let v1231: f32 = v1228 + v1230;
  t1231[i] = v1231;
  let v1232: f32 = sqrt(v1231);
  let l1178: f32 = t1101[0i];
  let v1233: f32 = v1232 / l1178;
  let v1234: f32 = v1233 + 1e-8f;
  t1234[i] = v1234;
}
