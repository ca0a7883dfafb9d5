// kernel k237o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t940: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1495: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1499: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1502: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1491: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1493: f32 = l1491 * 0.9f;
  let l940: f32 = t940[i];
  let l1162: f32 = t1091[0i];
  let v1490: f32 = l940 * l1162;
  let v1494: f32 = v1490 * 0.1f;
  let v1495: f32 = v1493 + v1494;
  t1495[i] = v1495;
  let l1492: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1496: f32 = l1492 * 0.95f;
  let v1497: f32 = v1490 * v1490;
  let v1498: f32 = v1497 * 0.05f;
  let v1499: f32 = v1496 + v1498;
  t1499[i] = v1499;
  let v1500: f32 = sqrt(v1499);
  let l1178: f32 = t1101[0i];
  let v1501: f32 = v1500 / l1178;
  let v1502: f32 = v1501 + 1e-8f;
  t1502[i] = v1502;
}
