// kernel k157k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t464: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1238: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1242: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1245: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1234: f32 = p_optim_m_blocks_1_attn_wq_w[i];
  let v1236: f32 = l1234 * 0.9f;
  let l464: f32 = t464[i];
  let l852: f32 = t808[0i];
  let v1233: f32 = l464 * l852;
  let v1237: f32 = v1233 * 0.1f;
  let v1238: f32 = v1236 + v1237;
  t1238[i] = v1238;
  let l1235: f32 = p_optim_v_blocks_1_attn_wq_w[i];
  let v1239: f32 = l1235 * 0.95f;
  let v1240: f32 = v1233 * v1233;
  let v1241: f32 = v1240 * 0.05f;
  let v1242: f32 = v1239 + v1241;
  t1242[i] = v1242;
  let v1243: f32 = sqrt(v1242);
  let l868: f32 = t818[0i];
  let v1244: f32 = v1243 / l868;
  let v1245: f32 = v1244 + 1e-8f;
  t1245[i] = v1245;
}
