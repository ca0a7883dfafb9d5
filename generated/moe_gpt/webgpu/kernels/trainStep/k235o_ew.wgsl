// kernel k235o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t413: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1666: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1672: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1677: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1660: f32 = p_optim_m_head_w[i];
  let v1663: f32 = l1660 * 0.9f;
  let l413: f32 = t413[i];
  let l1658: f32 = t1091[0i];
  let v1659: f32 = l413 * l1658;
  let v1665: f32 = v1659 * 0.1f;
  let v1666: f32 = v1663 + v1665;
  t1666[i] = v1666;
  let l1661: f32 = p_optim_v_head_w[i];
  let v1668: f32 = l1661 * 0.95f;
  let v1669: f32 = v1659 * v1659;
  let v1671: f32 = v1669 * 0.05f;
  let v1672: f32 = v1668 + v1671;
  t1672[i] = v1672;
  let v1673: f32 = sqrt(v1672);
  let l1674: f32 = t1101[0i];
  let v1675: f32 = v1673 / l1674;
  let v1677: f32 = v1675 + 1e-8f;
  t1677[i] = v1677;
}
