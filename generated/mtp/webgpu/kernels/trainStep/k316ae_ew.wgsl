// kernel k316ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t918: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2180: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2184: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2187: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2176: f32 = p_optim_m_mtp_blocks_1_attn_wo_w[i];
  let v2178: f32 = l2176 * 0.9f;
  let l919: f32 = t918[i];
  let l1644: f32 = t1573[0i];
  let v2175: f32 = l919 * l1644;
  let v2179: f32 = v2175 * 0.1f;
  let v2180: f32 = v2178 + v2179;
  t2180[i] = v2180;
  let l2177: f32 = p_optim_v_mtp_blocks_1_attn_wo_w[i];
  let v2181: f32 = l2177 * 0.95f;
  let v2182: f32 = v2175 * v2175;
  let v2183: f32 = v2182 * 0.05f;
  let v2184: f32 = v2181 + v2183;
  t2184[i] = v2184;
  let v2185: f32 = sqrt(v2184);
  let l1660: f32 = t1583[0i];
  let v2186: f32 = v2185 / l1660;
  let v2187: f32 = v2186 + 1e-8f;
  t2187[i] = v2187;
}
