// kernel k180o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t517: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1303: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1307: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1310: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1299: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1301: f32 = l1299 * 0.9f;
  let l517: f32 = t517[i];
  let l961: f32 = t890[0i];
  let v1298: f32 = l517 * l961;
  let v1302: f32 = v1298 * 0.1f;
  let v1303: f32 = v1301 + v1302;
  t1303[i] = v1303;
  let l1300: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1304: f32 = l1300 * 0.95f;
  let v1305: f32 = v1298 * v1298;
  let v1306: f32 = v1305 * 0.05f;
  let v1307: f32 = v1304 + v1306;
  t1307[i] = v1307;
  let v1308: f32 = sqrt(v1307);
  let l977: f32 = t900[0i];
  let v1309: f32 = v1308 / l977;
  let v1310: f32 = v1309 + 1e-8f;
  t1310[i] = v1310;
}
