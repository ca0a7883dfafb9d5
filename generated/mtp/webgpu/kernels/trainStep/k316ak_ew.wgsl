// kernel k316ak_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t862: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2314: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2318: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2321: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ak_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2310: f32 = p_optim_m_mtp_blocks_2_attn_wv_w[i];
  let v2312: f32 = l2310 * 0.9f;
  let l862: f32 = t862[i];
  let l1644: f32 = t1573[0i];
  let v2309: f32 = l862 * l1644;
  let v2313: f32 = v2309 * 0.1f;
  let v2314: f32 = v2312 + v2313;
  t2314[i] = v2314;
  let l2311: f32 = p_optim_v_mtp_blocks_2_attn_wv_w[i];
  let v2315: f32 = l2311 * 0.95f;
  let v2316: f32 = v2309 * v2309;
  let v2317: f32 = v2316 * 0.05f;
  let v2318: f32 = v2315 + v2317;
  t2318[i] = v2318;
  let v2319: f32 = sqrt(v2318);
  let l1660: f32 = t1583[0i];
  let v2320: f32 = v2319 / l1660;
  let v2321: f32 = v2320 + 1e-8f;
  t2321[i] = v2321;
}
