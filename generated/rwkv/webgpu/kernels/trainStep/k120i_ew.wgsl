// kernel k120i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t519: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1272: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1276: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1279: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1268: f32 = p_optim_m_blocks_0_ffn_receptance_w[i];
  let v1270: f32 = l1268 * 0.9f;
  let l519: f32 = t519[i];
  let l1100: f32 = t901[0i];
  let v1267: f32 = l519 * l1100;
  let v1271: f32 = v1267 * 0.1f;
  let v1272: f32 = v1270 + v1271;
  t1272[i] = v1272;
  let l1269: f32 = p_optim_v_blocks_0_ffn_receptance_w[i];
  let v1273: f32 = l1269 * 0.95f;
  let v1274: f32 = v1267 * v1267;
  let v1275: f32 = v1274 * 0.05f;
  let v1276: f32 = v1273 + v1275;
  t1276[i] = v1276;
  let v1277: f32 = sqrt(v1276);
  let l1116: f32 = t911[0i];
  let v1278: f32 = v1277 / l1116;
  let v1279: f32 = v1278 + 1e-8f;
  t1279[i] = v1279;
}
