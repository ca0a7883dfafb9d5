// kernel k237m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t961: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1498: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1502: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1505: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1494: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1496: f32 = l1494 * 0.9f;
  let l961: f32 = t961[i];
  let l1182: f32 = t1111[0i];
  let v1493: f32 = l961 * l1182;
  let v1497: f32 = v1493 * 0.1f;
  let v1498: f32 = v1496 + v1497;
  t1498[i] = v1498;
  let l1495: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1499: f32 = l1495 * 0.95f;
  let v1500: f32 = v1493 * v1493;
  let v1501: f32 = v1500 * 0.05f;
  let v1502: f32 = v1499 + v1501;
  t1502[i] = v1502;
  let v1503: f32 = sqrt(v1502);
  let l1198: f32 = t1121[0i];
  let v1504: f32 = v1503 / l1198;
  let v1505: f32 = v1504 + 1e-8f;
  t1505[i] = v1505;
}
