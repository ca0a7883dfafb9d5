// kernel k316c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1297: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1675: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1679: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1682: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1671: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v1673: f32 = l1671 * 0.9f;
  let l1297: f32 = t1297[i];
  let l1644: f32 = t1573[0i];
  let v1670: f32 = l1297 * l1644;
  let v1674: f32 = v1670 * 0.1f;
  let v1675: f32 = v1673 + v1674;
  t1675[i] = v1675;
  let l1672: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v1676: f32 = l1672 * 0.95f;
  let v1677: f32 = v1670 * v1670;
  let v1678: f32 = v1677 * 0.05f;
  let v1679: f32 = v1676 + v1678;
  t1679[i] = v1679;
  let v1680: f32 = sqrt(v1679);
  let l1660: f32 = t1583[0i];
  let v1681: f32 = v1680 / l1660;
  let v1682: f32 = v1681 + 1e-8f;
  t1682[i] = v1682;
}
