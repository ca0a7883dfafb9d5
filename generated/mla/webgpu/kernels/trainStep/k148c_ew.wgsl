// kernel k148c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t303: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1324: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1330: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1335: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1318: f32 = p_optim_m_head_w[i];
  let v1321: f32 = l1318 * 0.9f;
  let l303: f32 = t303[i];
  let l1316: f32 = t766[0i];
  let v1317: f32 = l303 * l1316;
  let v1323: f32 = v1317 * 0.1f;
  let v1324: f32 = v1321 + v1323;
  t1324[i] = v1324;
  let l1319: f32 = p_optim_v_head_w[i];
  let v1326: f32 = l1319 * 0.95f;
  let v1327: f32 = v1317 * v1317;
  let v1329: f32 = v1327 * 0.05f;
  let v1330: f32 = v1326 + v1329;
  t1330[i] = v1330;
  let v1331: f32 = sqrt(v1330);
  let l1332: f32 = t776[0i];
  let v1333: f32 = v1331 / l1332;
  let v1335: f32 = v1333 + 1e-8f;
  t1335[i] = v1335;
}
