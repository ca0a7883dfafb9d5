// kernel k237o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t960: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1515: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1519: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1522: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1511: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1513: f32 = l1511 * 0.9f;
  let l960: f32 = t960[i];
  let l1182: f32 = t1111[0i];
  let v1510: f32 = l960 * l1182;
  let v1514: f32 = v1510 * 0.1f;
  let v1515: f32 = v1513 + v1514;
  t1515[i] = v1515;
  let l1512: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1516: f32 = l1512 * 0.95f;
  let v1517: f32 = v1510 * v1510;
  let v1518: f32 = v1517 * 0.05f;
  let v1519: f32 = v1516 + v1518;
  t1519[i] = v1519;
  let v1520: f32 = sqrt(v1519);
  let l1198: f32 = t1121[0i];
  let v1521: f32 = v1520 / l1198;
  let v1522: f32 = v1521 + 1e-8f;
  t1522[i] = v1522;
}
