// kernel k316ac_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t965: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2163: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2167: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2170: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2159: f32 = p_optim_m_mtp_blocks_1_attn_wv_w[i];
  let v2161: f32 = l2159 * 0.9f;
  let l965: f32 = t965[i];
  let l1644: f32 = t1573[0i];
  let v2158: f32 = l965 * l1644;
  let v2162: f32 = v2158 * 0.1f;
  let v2163: f32 = v2161 + v2162;
  t2163[i] = v2163;
  let l2160: f32 = p_optim_v_mtp_blocks_1_attn_wv_w[i];
  let v2164: f32 = l2160 * 0.95f;
  let v2165: f32 = v2158 * v2158;
  let v2166: f32 = v2165 * 0.05f;
  let v2167: f32 = v2164 + v2166;
  t2167[i] = v2167;
  let v2168: f32 = sqrt(v2167);
  let l1660: f32 = t1583[0i];
  let v2169: f32 = v2168 / l1660;
  let v2170: f32 = v2169 + 1e-8f;
  t2170[i] = v2170;
}
