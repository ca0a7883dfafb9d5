// kernel k316ai_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t866: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2297: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2301: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2304: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ai_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2293: f32 = p_optim_m_mtp_blocks_2_attn_wk_w[i];
  let v2295: f32 = l2293 * 0.9f;
  let l866: f32 = t866[i];
  let l1644: f32 = t1573[0i];
  let v2292: f32 = l866 * l1644;
  let v2296: f32 = v2292 * 0.1f;
  let v2297: f32 = v2295 + v2296;
  t2297[i] = v2297;
  let l2294: f32 = p_optim_v_mtp_blocks_2_attn_wk_w[i];
  let v2298: f32 = l2294 * 0.95f;
  let v2299: f32 = v2292 * v2292;
  let v2300: f32 = v2299 * 0.05f;
  let v2301: f32 = v2298 + v2300;
  t2301[i] = v2301;
  let v2302: f32 = sqrt(v2301);
  let l1660: f32 = t1583[0i];
  let v2303: f32 = v2302 / l1660;
  let v2304: f32 = v2303 + 1e-8f;
  t2304[i] = v2304;
}
