// kernel k198z_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t547: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1491: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1495: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1499: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1487: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1489: f32 = l1487 * 0.9f;
    let l548: f32 = t547[i];
    let l1057: f32 = t986[0i];
    let v1486: f32 = l548 * l1057;
    let v1490: f32 = v1486 * 0.1f;
    let v1491: f32 = v1489 + v1490;
    t1491[i] = v1491;
    let l1488: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1492: f32 = l1488 * 0.95f;
    let v1493: f32 = v1486 * v1486;
    let v1494: f32 = v1493 * 0.05f;
    let v1495: f32 = v1492 + v1494;
    t1495[i] = v1495;
    let v1496: f32 = sqrt(v1495);
    let l1074: f32 = t996[0i];
    let v1497: f32 = v1496 / l1074;
    let v1498: f32 = v1497 + 1e-8f;
    let v1499: f32 = v1491 / v1498;
    t1499[i] = v1499;
  }
}
