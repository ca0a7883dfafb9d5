// kernel k235o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t433: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1686: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1692: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1697: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1680: f32 = p_optim_m_head_w[i];
  let v1683: f32 = l1680 * 0.9f;
  let l433: f32 = t433[i];
  let l1678: f32 = t1111[0i];
  let v1679: f32 = l433 * l1678;
  let v1685: f32 = v1679 * 0.1f;
  let v1686: f32 = v1683 + v1685;
  t1686[i] = v1686;
  let l1681: f32 = p_optim_v_head_w[i];
  let v1688: f32 = l1681 * 0.95f;
  let v1689: f32 = v1679 * v1679;
  let v1691: f32 = v1689 * 0.05f;
  let v1692: f32 = v1688 + v1691;
  t1692[i] = v1692;
  let v1693: f32 = sqrt(v1692);
  let l1694: f32 = t1121[0i];
  let v1695: f32 = v1693 / l1694;
  let v1697: f32 = v1695 + 1e-8f;
  t1697[i] = v1697;
}
