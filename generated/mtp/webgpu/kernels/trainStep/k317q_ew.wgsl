// kernel k317q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2096: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2100: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2103: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2092: f32 = p_optim_m_mtp_blocks_0_mlp_w3_w[i];
  let v2094: f32 = l2092 * 0.9f;
  let l993: f32 = t993[i];
  let l1737: f32 = t1573[0i];
  let v2091: f32 = l993 * l1737;
  let v2095: f32 = v2091 * 0.1f;
  let v2096: f32 = v2094 + v2095;
  t2096[i] = v2096;
  let l2093: f32 = p_optim_v_mtp_blocks_0_mlp_w3_w[i];
  let v2097: f32 = l2093 * 0.95f;
  let v2098: f32 = v2091 * v2091;
  let v2099: f32 = v2098 * 0.05f;
  let v2100: f32 = v2097 + v2099;
  t2100[i] = v2100;
  let v2101: f32 = sqrt(v2100);
  let l1753: f32 = t1583[0i];
  let v2102: f32 = v2101 / l1753;
  let v2103: f32 = v2102 + 1e-8f;
  t2103[i] = v2103;
}
