// kernel k158w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1349: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1354: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1358: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1363: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1350: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1352: f32 = l1350 * 0.9f;
    let x1349: f32 = t1349[i];
    let v1353: f32 = x1349 * 0.1f;
    let v1354: f32 = v1352 + v1353;
    t1354[i] = v1354;
    let l1351: f32 = p_optim_v_blocks_1_attn_wo_b[i];
    let v1355: f32 = l1351 * 0.95f;
    let v1356: f32 = x1349 * x1349;
    let v1357: f32 = v1356 * 0.05f;
    let v1358: f32 = v1355 + v1357;
    t1358[i] = v1358;
    let v1359: f32 = sqrt(v1358);
    let l896: f32 = t818[0i];
    let v1360: f32 = v1359 / l896;
    let v1361: f32 = v1360 + 1e-8f;
    let v1362: f32 = v1354 / v1361;
    let l902: f32 = t817[0i];
    let v1363: f32 = v1362 * l902;
    t1363[i] = v1363;
  }
}
