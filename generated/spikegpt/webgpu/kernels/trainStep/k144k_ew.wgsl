// kernel k144k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t354: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1727: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1731: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1734: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1723: f32 = p_optim_m_head_w[i];
  let v1725: f32 = l1723 * 0.9f;
  let l354: f32 = t354[i];
  let l1335: f32 = t995[0i];
  let v1722: f32 = l354 * l1335;
  let v1726: f32 = v1722 * 0.1f;
  let v1727: f32 = v1725 + v1726;
  t1727[i] = v1727;
  let l1724: f32 = p_optim_v_head_w[i];
  let v1728: f32 = l1724 * 0.95f;
  let v1729: f32 = v1722 * v1722;
  let v1730: f32 = v1729 * 0.05f;
  let v1731: f32 = v1728 + v1730;
  t1731[i] = v1731;
  let v1732: f32 = sqrt(v1731);
  let l1351: f32 = t1005[0i];
  let v1733: f32 = v1732 / l1351;
  let v1734: f32 = v1733 + 1e-8f;
  t1734[i] = v1734;
}
