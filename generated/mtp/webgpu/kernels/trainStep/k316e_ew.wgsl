// kernel k316e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1293: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1692: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1696: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1699: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1688: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v1690: f32 = l1688 * 0.9f;
  let l1293: f32 = t1293[i];
  let l1644: f32 = t1573[0i];
  let v1687: f32 = l1293 * l1644;
  let v1691: f32 = v1687 * 0.1f;
  let v1692: f32 = v1690 + v1691;
  t1692[i] = v1692;
  let l1689: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v1693: f32 = l1689 * 0.95f;
  let v1694: f32 = v1687 * v1687;
  let v1695: f32 = v1694 * 0.05f;
  let v1696: f32 = v1693 + v1695;
  t1696[i] = v1696;
  let v1697: f32 = sqrt(v1696);
  let l1660: f32 = t1583[0i];
  let v1698: f32 = v1697 / l1660;
  let v1699: f32 = v1698 + 1e-8f;
  t1699[i] = v1699;
}
