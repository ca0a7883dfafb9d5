// kernel k146e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t678: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1242: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1246: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1249: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1238: f32 = p_optim_m_blocks_0_att_receptance_w[i];
  let v1240: f32 = l1238 * 0.9f;
  let l678: f32 = t678[i];
  let l1194: f32 = t995[0i];
  let v1237: f32 = l678 * l1194;
  let v1241: f32 = v1237 * 0.1f;
  let v1242: f32 = v1240 + v1241;
  t1242[i] = v1242;
  let l1239: f32 = p_optim_v_blocks_0_att_receptance_w[i];
  let v1243: f32 = l1239 * 0.95f;
  let v1244: f32 = v1237 * v1237;
  let v1245: f32 = v1244 * 0.05f;
  let v1246: f32 = v1243 + v1245;
  t1246[i] = v1246;
  let v1247: f32 = sqrt(v1246);
  let l1210: f32 = t1005[0i];
  let v1248: f32 = v1247 / l1210;
  let v1249: f32 = v1248 + 1e-8f;
  t1249[i] = v1249;
}
