// kernel k201e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t834: array<f32>;
@group(0) @binding(2) var<storage, read> t958: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1251: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1255: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1258: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k201e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1247: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1249: f32 = l1247 * 0.9f;
  let l834: f32 = t834[i];
  let l1029: f32 = t958[0i];
  let v1246: f32 = l834 * l1029;
  let v1250: f32 = v1246 * 0.1f;
  let v1251: f32 = v1249 + v1250;
  t1251[i] = v1251;
  let l1248: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1252: f32 = l1248 * 0.95f;
  let v1253: f32 = v1246 * v1246;
  let v1254: f32 = v1253 * 0.05f;
  let v1255: f32 = v1252 + v1254;
  t1255[i] = v1255;
  let v1256: f32 = sqrt(v1255);
  let l1045: f32 = t968[0i];
  let v1257: f32 = v1256 / l1045;
  let v1258: f32 = v1257 + 1e-8f;
  t1258[i] = v1258;
}
