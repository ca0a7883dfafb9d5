// kernel k145u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t799: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1324: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1328: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1332: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1320: f32 = p_optim_m_blocks_0_ffn_mix_r[i];
    let v1322: f32 = l1320 * 0.9f;
    let l799: f32 = t799[i];
    let l1040: f32 = t995[0i];
    let v1319: f32 = l799 * l1040;
    let v1323: f32 = v1319 * 0.1f;
    let v1324: f32 = v1322 + v1323;
    t1324[i] = v1324;
    let l1321: f32 = p_optim_v_blocks_0_ffn_mix_r[i];
    let v1325: f32 = l1321 * 0.95f;
    let v1326: f32 = v1319 * v1319;
    let v1327: f32 = v1326 * 0.05f;
    let v1328: f32 = v1325 + v1327;
    t1328[i] = v1328;
    let v1329: f32 = sqrt(v1328);
    let l1057: f32 = t1005[0i];
    let v1330: f32 = v1329 / l1057;
    let v1331: f32 = v1330 + 1e-8f;
    let v1332: f32 = v1324 / v1331;
    t1332[i] = v1332;
  }
}
