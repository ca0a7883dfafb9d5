// kernel k145ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1491: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1496: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1500: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1505: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1492: f32 = p_optim_m_blocks_1_att_mix_r[i];
    let v1494: f32 = l1492 * 0.9f;
    let x1491: f32 = t1491[i];
    let v1495: f32 = x1491 * 0.1f;
    let v1496: f32 = v1494 + v1495;
    t1496[i] = v1496;
    let l1493: f32 = p_optim_v_blocks_1_att_mix_r[i];
    let v1497: f32 = l1493 * 0.95f;
    let v1498: f32 = x1491 * x1491;
    let v1499: f32 = v1498 * 0.05f;
    let v1500: f32 = v1497 + v1499;
    t1500[i] = v1500;
    let v1501: f32 = sqrt(v1500);
    let l1057: f32 = t1005[0i];
    let v1502: f32 = v1501 / l1057;
    let v1503: f32 = v1502 + 1e-8f;
    let v1504: f32 = v1496 / v1503;
    let l1063: f32 = t1004[0i];
    let v1505: f32 = v1504 * l1063;
    t1505[i] = v1505;
  }
}
