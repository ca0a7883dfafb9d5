// kernel k316y_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t973: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2129: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2133: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2136: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2125: f32 = p_optim_m_mtp_blocks_1_attn_wq_w[i];
  let v2127: f32 = l2125 * 0.9f;
  let l973: f32 = t973[i];
  let l1644: f32 = t1573[0i];
  let v2124: f32 = l973 * l1644;
  let v2128: f32 = v2124 * 0.1f;
  let v2129: f32 = v2127 + v2128;
  t2129[i] = v2129;
  let l2126: f32 = p_optim_v_mtp_blocks_1_attn_wq_w[i];
  let v2130: f32 = l2126 * 0.95f;
  let v2131: f32 = v2124 * v2124;
  let v2132: f32 = v2131 * 0.05f;
  let v2133: f32 = v2130 + v2132;
  t2133[i] = v2133;
  let v2134: f32 = sqrt(v2133);
  let l1660: f32 = t1583[0i];
  let v2135: f32 = v2134 / l1660;
  let v2136: f32 = v2135 + 1e-8f;
  t2136[i] = v2136;
}
