// kernel k235e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t709: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1319: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1325: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1330: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1313: f32 = p_optim_m_layers_0_moe_w2[i];
  let v1316: f32 = l1313 * 0.9f;
  let l709: f32 = t709[i];
  let l1311: f32 = t1091[0i];
  let v1312: f32 = l709 * l1311;
  let v1318: f32 = v1312 * 0.1f;
  let v1319: f32 = v1316 + v1318;
  t1319[i] = v1319;
  let l1314: f32 = p_optim_v_layers_0_moe_w2[i];
  let v1321: f32 = l1314 * 0.95f;
  let v1322: f32 = v1312 * v1312;
  let v1324: f32 = v1322 * 0.05f;
  let v1325: f32 = v1321 + v1324;
  t1325[i] = v1325;
  let v1326: f32 = sqrt(v1325);
  let l1327: f32 = t1101[0i];
  let v1328: f32 = v1326 / l1327;
  let v1330: f32 = v1328 + 1e-8f;
  t1330[i] = v1330;
}
