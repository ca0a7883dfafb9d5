// kernel k316aa_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t969: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2146: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2150: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2142: f32 = p_optim_m_mtp_blocks_1_attn_wk_w[i];
  let v2144: f32 = l2142 * 0.9f;
  let l969: f32 = t969[i];
  let l1644: f32 = t1573[0i];
  let v2141: f32 = l969 * l1644;
  let v2145: f32 = v2141 * 0.1f;
  let v2146: f32 = v2144 + v2145;
  t2146[i] = v2146;
  let l2143: f32 = p_optim_v_mtp_blocks_1_attn_wk_w[i];
  let v2147: f32 = l2143 * 0.95f;
  let v2148: f32 = v2141 * v2141;
  let v2149: f32 = v2148 * 0.05f;
  let v2150: f32 = v2147 + v2149;
  t2150[i] = v2150;
  let v2151: f32 = sqrt(v2150);
  let l1660: f32 = t1583[0i];
  let v2152: f32 = v2151 / l1660;
  let v2153: f32 = v2152 + 1e-8f;
  t2153[i] = v2153;
}
