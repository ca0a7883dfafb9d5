// kernel k317e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1218: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1794: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1798: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1801: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1790: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v1792: f32 = l1790 * 0.9f;
  let l1218: f32 = t1218[i];
  let l1737: f32 = t1573[0i];
  let v1789: f32 = l1218 * l1737;
  let v1793: f32 = v1789 * 0.1f;
  let v1794: f32 = v1792 + v1793;
  t1794[i] = v1794;
  let l1791: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v1795: f32 = l1791 * 0.95f;
  let v1796: f32 = v1789 * v1789;
  let v1797: f32 = v1796 * 0.05f;
  let v1798: f32 = v1795 + v1797;
  t1798[i] = v1798;
  let v1799: f32 = sqrt(v1798);
  let l1753: f32 = t1583[0i];
  let v1800: f32 = v1799 / l1753;
  let v1801: f32 = v1800 + 1e-8f;
  t1801[i] = v1801;
}
