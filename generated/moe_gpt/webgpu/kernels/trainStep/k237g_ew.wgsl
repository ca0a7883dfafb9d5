// kernel k237g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t967: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1247: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1251: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1254: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1243: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1245: f32 = l1243 * 0.9f;
  let l967: f32 = t967[i];
  let l1182: f32 = t1111[0i];
  let v1242: f32 = l967 * l1182;
  let v1246: f32 = v1242 * 0.1f;
  let v1247: f32 = v1245 + v1246;
  t1247[i] = v1247;
  let l1244: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1248: f32 = l1244 * 0.95f;
  let v1249: f32 = v1242 * v1242;
  let v1250: f32 = v1249 * 0.05f;
  let v1251: f32 = v1248 + v1250;
  t1251[i] = v1251;
  let v1252: f32 = sqrt(v1251);
  let l1198: f32 = t1121[0i];
  let v1253: f32 = v1252 / l1198;
  let v1254: f32 = v1253 + 1e-8f;
  t1254[i] = v1254;
}
