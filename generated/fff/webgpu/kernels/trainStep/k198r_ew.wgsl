// kernel k198r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1355: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1360: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1364: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1369: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1356: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1358: f32 = l1356 * 0.9f;
    let x1355: f32 = t1355[i];
    let v1359: f32 = x1355 * 0.1f;
    let v1360: f32 = v1358 + v1359;
    t1360[i] = v1360;
    let l1357: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1361: f32 = l1357 * 0.95f;
    let v1362: f32 = x1355 * x1355;
    let v1363: f32 = v1362 * 0.05f;
    let v1364: f32 = v1361 + v1363;
    t1364[i] = v1364;
    let v1365: f32 = sqrt(v1364);
    let l1074: f32 = t996[0i];
    let v1366: f32 = v1365 / l1074;
    let v1367: f32 = v1366 + 1e-8f;
    let v1368: f32 = v1360 / v1367;
    let l1080: f32 = t995[0i];
    let v1369: f32 = v1368 * l1080;
    t1369[i] = v1369;
  }
}
