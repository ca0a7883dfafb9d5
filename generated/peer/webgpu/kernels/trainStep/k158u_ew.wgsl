// kernel k158u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t449: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1321: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1325: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1329: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1317: f32 = p_optim_m_blocks_1_attn_wv_b[i];
    let v1319: f32 = l1317 * 0.9f;
    let l450: f32 = t449[i];
    let l879: f32 = t808[0i];
    let v1316: f32 = l450 * l879;
    let v1320: f32 = v1316 * 0.1f;
    let v1321: f32 = v1319 + v1320;
    t1321[i] = v1321;
    let l1318: f32 = p_optim_v_blocks_1_attn_wv_b[i];
    let v1322: f32 = l1318 * 0.95f;
    let v1323: f32 = v1316 * v1316;
    let v1324: f32 = v1323 * 0.05f;
    let v1325: f32 = v1322 + v1324;
    t1325[i] = v1325;
    let v1326: f32 = sqrt(v1325);
    let l896: f32 = t818[0i];
    let v1327: f32 = v1326 / l896;
    let v1328: f32 = v1327 + 1e-8f;
    let v1329: f32 = v1321 / v1328;
    t1329[i] = v1329;
  }
}
