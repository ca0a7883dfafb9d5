// kernel k316g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1246: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1709: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1713: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1716: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1705: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v1707: f32 = l1705 * 0.9f;
  let l1247: f32 = t1246[i];
  let l1644: f32 = t1573[0i];
  let v1704: f32 = l1247 * l1644;
  let v1708: f32 = v1704 * 0.1f;
  let v1709: f32 = v1707 + v1708;
  t1709[i] = v1709;
  let l1706: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v1710: f32 = l1706 * 0.95f;
  let v1711: f32 = v1704 * v1704;
  let v1712: f32 = v1711 * 0.05f;
  let v1713: f32 = v1710 + v1712;
  t1713[i] = v1713;
  let v1714: f32 = sqrt(v1713);
  let l1660: f32 = t1583[0i];
  let v1715: f32 = v1714 / l1660;
  let v1716: f32 = v1715 + 1e-8f;
  t1716[i] = v1716;
}
