// kernel k316a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1301: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1652: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1658: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1663: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1646: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v1649: f32 = l1646 * 0.9f;
  let l1301: f32 = t1301[i];
  let l1644: f32 = t1573[0i];
  let v1645: f32 = l1301 * l1644;
  let v1651: f32 = v1645 * 0.1f;
  let v1652: f32 = v1649 + v1651;
  t1652[i] = v1652;
  let l1647: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v1654: f32 = l1647 * 0.95f;
  let v1655: f32 = v1645 * v1645;
  let v1657: f32 = v1655 * 0.05f;
  let v1658: f32 = v1654 + v1657;
  t1658[i] = v1658;
  let v1659: f32 = sqrt(v1658);
  let l1660: f32 = t1583[0i];
  let v1661: f32 = v1659 / l1660;
  let v1663: f32 = v1661 + 1e-8f;
  t1663[i] = v1663;
}
