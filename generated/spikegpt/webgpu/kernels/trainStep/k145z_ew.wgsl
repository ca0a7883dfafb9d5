// kernel k145z_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(1) var<storage, read> t543: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1432: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_time_decay: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1436: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1440: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145z_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1428: f32 = p_optim_m_blocks_1_att_time_decay[i];
    let v1430: f32 = l1428 * 0.9f;
    let l543: f32 = t543[i];
    let l1040: f32 = t995[0i];
    let v1427: f32 = l543 * l1040;
    let v1431: f32 = v1427 * 0.1f;
    let v1432: f32 = v1430 + v1431;
    t1432[i] = v1432;
    let l1429: f32 = p_optim_v_blocks_1_att_time_decay[i];
    let v1433: f32 = l1429 * 0.95f;
    let v1434: f32 = v1427 * v1427;
    let v1435: f32 = v1434 * 0.05f;
    let v1436: f32 = v1433 + v1435;
    t1436[i] = v1436;
    let v1437: f32 = sqrt(v1436);
    let l1057: f32 = t1005[0i];
    let v1438: f32 = v1437 / l1057;
    let v1439: f32 = v1438 + 1e-8f;
    let v1440: f32 = v1432 / v1439;
    t1440[i] = v1440;
  }
}
