// kernel k317s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t898: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2213: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2217: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2209: f32 = p_optim_m_mtp_blocks_1_mlp_w1_w[i];
  let v2211: f32 = l2209 * 0.9f;
  let l898: f32 = t898[i];
  let l1737: f32 = t1573[0i];
  let v2208: f32 = l898 * l1737;
  let v2212: f32 = v2208 * 0.1f;
  let v2213: f32 = v2211 + v2212;
  t2213[i] = v2213;
  let l2210: f32 = p_optim_v_mtp_blocks_1_mlp_w1_w[i];
  let v2214: f32 = l2210 * 0.95f;
  let v2215: f32 = v2208 * v2208;
  let v2216: f32 = v2215 * 0.05f;
  let v2217: f32 = v2214 + v2216;
  t2217[i] = v2217;
  let v2218: f32 = sqrt(v2217);
  let l1753: f32 = t1583[0i];
  let v2219: f32 = v2218 / l1753;
  let v2220: f32 = v2219 + 1e-8f;
  t2220[i] = v2220;
}
